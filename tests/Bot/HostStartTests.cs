using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using Bouwmarkt.Bot.Hosting;
using Xunit.Abstractions;

namespace Bouwmarkt.Bot.Tests.Bot;

/// <summary>Runs alone: a start time measured while other tests use both cores says little.</summary>
[CollectionDefinition(nameof(HostStartTests), DisableParallelization = true)]
public sealed class HostStartCollection;

/// <summary>The bot as a real process (<c>dotnet Bouwmarkt.Bot.dll</c>), started the way the README starts it: from its
/// own build output, where <c>dotnet run --project bot</c> starts it, with the precompiled code the build puts there.</summary>
[Collection(nameof(HostStartTests))]
public sealed class HostStartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    /// <summary>bot/bin/&lt;configuration&gt;/&lt;framework&gt;/, written into this assembly by the test project (declared
    /// before the hosts below, whose initializers read it).</summary>
    private static string BotOutputDirectory { get; } = typeof(HostStartTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BotOutputDirectory").Value!;

    [Fact]
    public async Task Start_FreshProcess_IsReadyWithTheTaxonomyInUnderOneSecond()
    {
        // One start of each first that is not counted: it warms this test's own HTTP and process code and the file
        // cache, which together cost the first start several hundred milliseconds that are not the bot's. Then the best
        // of three, taking turns with the empty host so both meet the same machine: a start can only be slowed by the
        // machine, never sped up.
        await TimeStartAsync(EmptyHost);
        var warmUp = await TimeStartAsync(Bot);
        var bot = new List<TimeSpan>();
        var empty = new List<TimeSpan>();
        for (var run = 0; run < 3; run++)
        {
            empty.Add(await TimeStartAsync(EmptyHost));
            bot.Add(await TimeStartAsync(Bot));
        }

        var verdict = StartBudget.Judge(bot.Min(), empty.Min());
        output.WriteLine($"start to ready: {Join(bot)} (not counted: {warmUp.TotalMilliseconds:F0} ms); an empty ASP.NET Core host: {Join(empty)}");
        output.WriteLine(verdict.Explanation);
        Assert.True(verdict.Met, verdict.Explanation);
    }

    [Fact]
    public async Task Start_FreshProcess_WritesItsJitProfileForTheNextStart()
    {
        var profile = new FileInfo(Path.Combine(BotOutputDirectory, StartupProfile.FileName));
        var before = DateTime.UtcNow.AddSeconds(-1);

        await TimeStartAsync(Bot);

        profile.Refresh();
        Assert.True(profile.Exists && profile.LastWriteTimeUtc >= before && profile.Length > 0, $"{profile.FullName} was not written");
    }

    private static string Join(IEnumerable<TimeSpan> times) => string.Join(", ", times.Select(t => $"{t.TotalMilliseconds:F0} ms"));

    /// <summary>The bot: ready when the first analysis names a need (storage open, taxonomy loaded, offers indexed,
    /// recognizer built).</summary>
    private static readonly StartedProcess Bot = new(Path.Combine(BotOutputDirectory, "Bouwmarkt.Bot.dll"), json => Assert.Equal("geld", json.GetProperty("needs")[0].GetProperty("id").GetString()));

    /// <summary>The yardstick (tests/EmptyHost): the same two requests, answered by an ASP.NET Core host with nothing in it.</summary>
    private static readonly StartedProcess EmptyHost = new(Path.Combine(AppContext.BaseDirectory, "Bouwmarkt.Bot.EmptyHost.dll"), json => Assert.False(json.GetProperty("urgent").GetBoolean()));

    private sealed record StartedProcess(string Assembly, Action<JsonElement> CheckAnalysis);


    // From process start until /healthz answers 200 and the first analysis has answered.
    private static async Task<TimeSpan> TimeStartAsync(StartedProcess host)
    {
        var data = Directory.CreateTempSubdirectory("bouwmarkt-start-");
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            host.Assembly,
            "--urls", $"http://127.0.0.1:{port}",
            $"--Storage:LiteDbPath={Path.Combine(data.FullName, "bot.db")}",
            $"--Knowledge:LiteDbPath={Path.Combine(data.FullName, "knowledge.db")}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitForHealthyAsync(client, process);
            using var analyzed = await client.PostAsJsonAsync("api/intake/analyze", new { text = "ik heb schulden" });
            var ready = clock.Elapsed;
            analyzed.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await analyzed.Content.ReadAsStringAsync());
            host.CheckAnalysis(json.RootElement);
            return ready;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    private static async Task WaitForHealthyAsync(HttpClient client, Process process)
    {
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < GiveUpAfter)
        {
            Assert.False(process.HasExited, $"the bot exited with code {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        Assert.Fail($"no healthy answer within {GiveUpAfter.TotalSeconds} s");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
