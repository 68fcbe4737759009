namespace Bouwmarkt.Bot.Knowledge.Recognition.SemanticKernel;

/// <summary>Optional language model for recognition (section <c>LanguageModel</c>); off while <see cref="Endpoint"/> is empty.</summary>
/// <remarks>
/// Any OpenAI-compatible chat-completions server, or Azure OpenAI through its v1 endpoint
/// <c>https://RESOURCE.openai.azure.com/openai/v1/</c> with the plain OpenAI client (Model = the deployment name).
/// </remarks>
public sealed class LanguageModelOptions
{
    public const string Section = "LanguageModel";

    /// <summary>Base address ending in <c>/v1/</c>, e.g. <c>https://RESOURCE.openai.azure.com/openai/v1/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name, or the deployment name on Azure OpenAI.</summary>
    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>After this the local recognizer answers instead.</summary>
    public double TimeoutSeconds { get; set; } = 5;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
