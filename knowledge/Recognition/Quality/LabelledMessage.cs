using System.Text.Json;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Quality;

/// <summary>One labelled message: its text, the needs it is about, the needs also defensible, and whether it is a crisis.</summary>
public sealed record LabelledMessage(string Text, IReadOnlyList<string> Needs, IReadOnlyList<string> AlsoOk, bool Urgent)
{
    /// <summary>Reads a message set: one JSON object per line, <c>{"text", "needs", "also_ok", "urgent"}</c>.</summary>
    /// <exception cref="InvalidDataException">A line is not such an object; the message names the file and line.</exception>
    public static IReadOnlyList<LabelledMessage> ReadFile(string path)
    {
        var messages = new List<LabelledMessage>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                messages.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: expected {{\"text\", \"needs\", \"urgent\"}} ({e.Message})", e);
            }
        }

        return messages;
    }

    private static LabelledMessage Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        static string[] Ids(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString() ?? throw new InvalidOperationException("a need id is null"))];
        return new LabelledMessage(
            root.GetProperty("text").GetString() ?? throw new InvalidOperationException("text is null"),
            Ids(root.GetProperty("needs")),
            root.TryGetProperty("also_ok", out var ok) ? Ids(ok) : [],
            root.GetProperty("urgent").GetBoolean());
    }
}
