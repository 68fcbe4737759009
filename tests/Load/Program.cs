using System.Globalization;
using Bouwmarkt.Bot.Load;

// Usage: Bouwmarkt.Bot.Load [--url http://127.0.0.1:3982] [--conversations 50] [--turns N] [--seconds S] [--messages 8] [--warmup 20]
var options = new LoadOptions();
var warmup = 20.0;
try
{
    for (var i = 0; i < args.Length; i++)
    {
        var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
        options = args[i++] switch
        {
            "--url" => options with { Url = new Uri(value, UriKind.Absolute) },
            "--conversations" => options with { Conversations = int.Parse(value, CultureInfo.InvariantCulture) },
            "--turns" => options with { Turns = int.Parse(value, CultureInfo.InvariantCulture) },
            "--seconds" => options with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
            "--messages" => options with { MessagesPerConversation = int.Parse(value, CultureInfo.InvariantCulture) },
            "--warmup" => double.Parse(value, CultureInfo.InvariantCulture) is >= 0 and var w ? (warmup = w, options).options : throw new ArgumentException("--warmup must be 0 or more."),
            var other => throw new ArgumentException($"Unknown option {other}."),
        };
    }

    options.Validate();
}
catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException or OverflowException)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 2;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations, UseProxy = false };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
if (warmup > 0)
{
    // As BenchmarkDotNet does: the runtime compiles its optimized code during the first seconds, which is not the host's speed.
    Console.WriteLine($"Warming up {options.Url} for {warmup.ToString(CultureInfo.InvariantCulture)} s (not counted) ...");
    var warm = await LoadRun.RunAsync(client, options with { Seconds = warmup, Turns = 0 }, CancellationToken.None).ConfigureAwait(false);
    Console.WriteLine($"warm-up: {warm}");
}

Console.WriteLine($"Loading {options.Url} with {options.Conversations} conversations ...");
var report = await LoadRun.RunAsync(client, options, CancellationToken.None).ConfigureAwait(false);
Console.WriteLine(report);
return report.Errors == 0 && report.Turns > 0 ? 0 : 1;
