using Bouwmarkt.Bot.Protocol.State;

namespace Bouwmarkt.Bot.Storage;

/// <summary>Registers and maps the Storage feature.</summary>
public static class StorageSetup
{
    /// <summary>Registers <see cref="IStorage"/> in one LiteDB file, <see cref="ConversationState"/> and <see cref="UserState"/>.</summary>
    public static WebApplicationBuilder AddBotStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        // Created by the container, so the container disposes it on shutdown and the file is closed cleanly.
        builder.Services.AddSingleton(sp => new LiteDbStorage(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<ILogger<LiteDbStorage>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddHostedService(sp => new StateRetention(
            sp.GetRequiredService<LiteDbStorage>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILogger<StateRetention>>()));
        builder.Services.AddSingleton<IStorage>(sp => sp.GetRequiredService<LiteDbStorage>());
        builder.Services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        builder.Services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return builder;
    }
}
