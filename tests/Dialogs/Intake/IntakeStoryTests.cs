using Bouwmarkt.Bot.Tests.Support;
using static Bouwmarkt.Bot.Tests.Support.DialogIntakeHarness;

namespace Bouwmarkt.Bot.Tests.Dialogs.Intake;

/// <summary>Replays the conversations in Stories/*.chat: staff add a file to add a regression test.</summary>
/// <remarks>
/// Lines: '&gt; text' is what the resident types; '&lt; key' is the text key the last reply of that turn starts with
/// (the open question); '~ key' is a text key one of that turn's replies contains. '#' starts a comment.
/// </remarks>
public sealed class IntakeStoryTests
{
    // Read from the source tree, so adding a story needs no project change.
    private static string StoriesFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bouwmarkt.Bot.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "tests", "Dialogs", "Intake", "Stories");
        }
    }

    public static TheoryData<string> Stories()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(StoriesFolder, "*.chat").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task Story_ReplaysAsWritten(string story)
    {
        var h = new DialogIntakeHarness();
        IReadOnlyList<Protocol.Schema.Activity> replies = [];
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(Path.Combine(StoriesFolder, story)))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var body = line[1..].Trim();
            switch (line[0])
            {
                case '>':
                    replies = await h.SayAsync(body);
                    break;
                case '<':
                    var expected = Stem(T(body));
                    Assert.True(
                        replies.Count > 0 && replies[^1].Text!.StartsWith(expected, StringComparison.Ordinal),
                        $"{story}:{lineNumber}: expected the question '{body}', got '{replies.LastOrDefault()?.Text}'");
                    break;
                case '~':
                    var part = Stem(T(body));
                    Assert.True(
                        replies.Any(r => r.Text?.Contains(part, StringComparison.Ordinal) == true),
                        $"{story}:{lineNumber}: no reply contains '{body}'");
                    break;
                default:
                    Assert.Fail($"{story}:{lineNumber}: a line starts with '>', '<', '~' or '#'.");
                    break;
            }
        }
    }

    // The text up to its first placeholder: what does not depend on the conversation.
    private static string Stem(string text) => text.IndexOf('{', StringComparison.Ordinal) is var i and >= 0 ? text[..i] : text;
}
