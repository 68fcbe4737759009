using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Bouwmarkt.Bot.Load;

/// <summary>The load generator's core: N conversations, each a conversationUpdate then messages, via POST /api/messages with expectReplies.</summary>
/// <remarks>Each conversation waits for its reply before the next turn, as a person in a chat does; latency is per turn.</remarks>
public static class LoadRun
{
    private static readonly string[] Texts =
    [
        "Hallo",
        "Ik zoek hulp voor mijn moeder",
        "Ze is 82 en woont alleen",
        "Ze kan niet meer goed boodschappen doen",
        "In Utrecht",
        "ja",
        "nee",
        "Dank je",
    ];

    /// <summary>Runs the load and measures it; never throws for a failed turn, it counts it.</summary>
    public static async Task<LoadReport> RunAsync(HttpClient client, LoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var endpoint = new Uri(options.Url, "api/messages");
        var seconds = options.Seconds == 0 && options.Turns == 0 ? 10 : options.Seconds;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (seconds > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var runId = Guid.NewGuid().ToString("N")[..8];
        var started = 0L;
        var errors = 0L;
        string? firstError = null;
        var latencies = new List<double>[options.Conversations];
        var clock = Stopwatch.StartNew();

        async Task WorkerAsync(int worker)
        {
            var mine = latencies[worker] = new List<double>(4096);
            for (var round = 0; !timeout.IsCancellationRequested; round++)
            {
                var conversation = string.Create(CultureInfo.InvariantCulture, $"load-{runId}-{worker}-{round}");
                for (var turn = 0; turn <= options.MessagesPerConversation; turn++)
                {
                    if (timeout.IsCancellationRequested || (options.Turns > 0 && Interlocked.Increment(ref started) > options.Turns))
                    {
                        return;
                    }

                    var body = turn == 0
                        ? Activity(conversation, worker, "conversationUpdate", null)
                        : Activity(conversation, worker, "message", Texts[(turn - 1) % Texts.Length]);
                    var t0 = Stopwatch.GetTimestamp();
                    try
                    {
                        using var content = new StringContent(body, Encoding.UTF8, "application/json");
                        using var response = await client.PostAsync(endpoint, content, timeout.Token).ConfigureAwait(false);
                        var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                        if (response.StatusCode != HttpStatusCode.OK || !text.Contains("\"activities\"", StringComparison.Ordinal))
                        {
                            Interlocked.Increment(ref errors);
                            Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}", null);
                            continue;
                        }

                        mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                    }
                    catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (HttpRequestException ex)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, ex.Message, null);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(i => Task.Run(() => WorkerAsync(i), CancellationToken.None))).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var all = latencies.Where(l => l is not null).SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadReport(all.Length, errors, elapsed, Percentile(all, 0.50), Percentile(all, 0.99), firstError);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    // Ids are generated here from digits and letters only, so plain interpolation gives valid JSON.
    private static string Activity(string conversation, int worker, string type, string? text) => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"type":"{{type}}","channelId":"emulator","serviceUrl":"http://127.0.0.1:1","deliveryMode":"expectReplies","id":"{{Guid.NewGuid():N}}","from":{"id":"user-{{worker}}","name":"Load"},"recipient":{"id":"bot","name":"Bot"},"conversation":{"id":"{{conversation}}"},"locale":"nl-NL"{{(text is null ? $$""","membersAdded":[{"id":"user-{{worker}}"}]""" : $$""","text":"{{text}}" """)}}}""");
}
