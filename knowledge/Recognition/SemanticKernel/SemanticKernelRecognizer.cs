using System.Text;
using System.Text.Json;
using Bouwmarkt.Bot.Knowledge.Recognition.Crisis;
using Bouwmarkt.Bot.Knowledge.Taxonomy;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bouwmarkt.Bot.Knowledge.Recognition.SemanticKernel;

/// <summary>Asks a language model (through Semantic Kernel) which needs a message names; answers are checked against the taxonomy.</summary>
/// <remarks>
/// The message is scrubbed of personal data first. The model must answer JSON; ids that are not in the taxonomy are
/// dropped. Urgency always comes from the local crisis check (<see cref="ICrisisCheck"/>), never from the model. Any failure
/// throws, so <see cref="FallbackRecognizer"/> can answer with the local recognizer.
/// </remarks>
public sealed class SemanticKernelRecognizer : IRecognizer
{
    private readonly IChatCompletionService _chat;
    private readonly HelpTaxonomy _taxonomy;
    private readonly ICrisisCheck _crisis;
    private readonly PersonalDataScrubber _scrubber;
    private readonly string _systemPrompt;
    private readonly double _minScore;

    public SemanticKernelRecognizer(IChatCompletionService chat, HelpTaxonomy taxonomy, ICrisisCheck crisis, PersonalDataScrubber scrubber, double minScore = 0.5)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _chat = chat ?? throw new ArgumentNullException(nameof(chat));
        _taxonomy = taxonomy;
        _crisis = crisis ?? throw new ArgumentNullException(nameof(crisis));
        _scrubber = scrubber ?? throw new ArgumentNullException(nameof(scrubber));
        _minScore = minScore;
        _systemPrompt = BuildPrompt(taxonomy);
    }

    public async ValueTask<Recognition> RecognizeAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var urgency = _crisis.Detect(text);
        var history = new ChatHistory(_systemPrompt);
        history.AddUserMessage(_scrubber.Scrub(text));
        var settings = new OpenAIPromptExecutionSettings { ResponseFormat = "json_object", Temperature = 0 };
        var answer = await _chat.GetChatMessageContentAsync(history, settings, kernel: null, cancellationToken).ConfigureAwait(false);
        return Parse(answer.Content ?? throw new InvalidDataException("The model gave no content."), urgency);
    }

    /// <summary>Reads the model's JSON; unknown ids are dropped, scores clamped to 0..1. Malformed JSON throws.</summary>
    public Recognition Parse(string json, Urgency urgency)
    {
        ArgumentNullException.ThrowIfNull(urgency);
        using var document = JsonDocument.Parse(json);
        var needs = Read(document.RootElement, "needs", c => c.IsNeed);
        var needIds = needs.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var concepts = Read(document.RootElement, "concepts", c => !c.IsNeed && needIds.Contains(_taxonomy.NeedOf(c.Id)!.Id));
        return new Recognition([.. needs.Take(3)], [.. concepts.Take(5)], urgency);
    }

    private List<ScoredConcept> Read(JsonElement root, string property, Func<Concept, bool> accept)
    {
        var result = new List<ScoredConcept>();
        if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var concept = _taxonomy.Find(idElement.GetString()!);
            var score = item.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? Math.Clamp(s.GetDouble(), 0, 1) : 0.8;
            if (concept is not null && accept(concept) && score >= _minScore && result.All(r => r.Id != concept.Id))
            {
                result.Add(new ScoredConcept(concept.Id, concept.PrefLabel, Math.Round(score, 3)));
            }
        }

        result.Sort((a, b) => b.Score.CompareTo(a.Score));
        return result;
    }

    private static string BuildPrompt(HelpTaxonomy taxonomy)
    {
        var prompt = new StringBuilder();
        prompt.AppendLine("You classify a message from a resident (Dutch or English, chat style, typos) onto a help taxonomy.");
        prompt.AppendLine("Answer only JSON: {\"needs\":[{\"id\":\"...\",\"score\":0.0}],\"concepts\":[{\"id\":\"...\",\"score\":0.0}]}.");
        prompt.AppendLine("Needs are top-level ids, best first, at most 3; concepts are narrower ids. Score = probability the resident needs it.");
        prompt.AppendLine("Greetings or vague requests for help get empty lists. Ignore things the resident says they no longer have.");
        prompt.AppendLine("Taxonomy (id: label; narrower ids indented):");
        foreach (var need in taxonomy.Needs)
        {
            prompt.Append(need.Id).Append(": ").AppendLine(need.PrefLabel);
            foreach (var narrower in taxonomy.Narrower(need.Id))
            {
                prompt.Append("  ").Append(narrower.Id).Append(": ").AppendLine(narrower.PrefLabel);
            }
        }

        return prompt.ToString();
    }
}
