using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using Bouwmarkt.Bot.Hosting;
using Bouwmarkt.Bot.Knowledge.Recognition;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Recognition.Learned;
using Bouwmarkt.Bot.Knowledge.Recognition.Local;
using Bouwmarkt.Bot.Knowledge.Recognition.SemanticKernel;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Bouwmarkt.Bot.Intake;

/// <summary>Registers the recognizer (local, optionally Semantic Kernel) and maps <c>POST /api/intake/analyze</c>.</summary>
public static class RecognitionSetup
{
    public static WebApplicationBuilder AddRecognition(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<LocalRecognizerOptions>(builder.Configuration.GetSection(LocalRecognizerOptions.Section));
        builder.Services.AddSingleton<CrisisDetector>();
        builder.Services.AddSingleton<PersonalDataScrubber>();
        // Mapping and checking the learned model takes 1-2 ms warm but 40-90 ms at a cold start (its code's first run, the
        // pages it checks): it starts now, beside the rest of the start-up, and the recognizer takes it when built.
        // Settings changed after this point (tests) are still honoured.
        var preload = ModelPath(builder.Configuration.GetSection(LocalRecognizerOptions.Section).Get<LocalRecognizerOptions>());
        var preloading = preload is null ? null : Task.Run(() => LearnedModel.Load(preload));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LocalRecognizerOptions>>().Value;
            var path = ModelPath(options);
            // One already in the container wins: test hosts share one instead of each reading its own.
            var model = sp.GetService<LearnedModel>();
            if (model is null && path is not null)
            {
                model = path == preload ? preloading!.GetAwaiter().GetResult() : LearnedModel.Load(path);
            }

            return new LocalRecognizer(sp.GetRequiredService<HelpTaxonomy>(), sp.GetRequiredService<CrisisDetector>(), options, model);
        });
        builder.Services.AddSingleton<ICrisisCheck>(sp => sp.GetRequiredService<LocalRecognizer>());

        builder.Services.Configure<LanguageModelOptions>(builder.Configuration.GetSection(LanguageModelOptions.Section));

        // One recognizer for the dialogs and the API alike: the local one, or the language model with the local one
        // as fallback when an endpoint is configured. Decided on first use, so test and host settings all count.
        builder.Services.AddSingleton<IRecognizer>(sp =>
        {
            var local = sp.GetRequiredService<LocalRecognizer>();
            var model = sp.GetRequiredService<IOptions<LanguageModelOptions>>().Value;
            return model.IsConfigured ? WithLanguageModel(sp, model, local) : local;
        });
        builder.Services.AddStartUpWork<RecognizerWarmUp>();
        return builder;
    }

    /// <summary>The language model with the local recognizer as its fallback.</summary>
    /// <remarks>A method of its own, so that a host without a language model never loads Semantic Kernel and the
    /// OpenAI client at all (about 14 MB of assemblies).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FallbackRecognizer WithLanguageModel(IServiceProvider sp, LanguageModelOptions model, LocalRecognizer local)
    {
        var timeout = TimeSpan.FromSeconds(model.TimeoutSeconds);
        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrEmpty(model.ApiKey) ? "none" : model.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(model.Endpoint!),
                // The fallback answers at once; retries would only stretch the resident's wait.
                RetryPolicy = new ClientRetryPolicy(0),
                NetworkTimeout = timeout,
            });
        var chat = new OpenAIChatCompletionService(model.Model!, client, sp.GetService<ILoggerFactory>());
        var remote = new SemanticKernelRecognizer(
            chat,
            sp.GetRequiredService<HelpTaxonomy>(),
            sp.GetRequiredService<ICrisisCheck>(),
            sp.GetRequiredService<PersonalDataScrubber>(),
            sp.GetRequiredService<IOptions<LocalRecognizerOptions>>().Value.MinNeedScore);
        return new FallbackRecognizer(remote, local, timeout, sp.GetRequiredService<ILogger<FallbackRecognizer>>());
    }

    private static string? ModelPath(LocalRecognizerOptions? options) =>
        string.IsNullOrWhiteSpace(options?.LearnedModel) ? null : Path.Combine(AppContext.BaseDirectory, options.LearnedModel);

    public static RouteGroupBuilder MapAnalyze(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/analyze", AnalyzeEndpoint.HandleAsync);
        return group;
    }
}
