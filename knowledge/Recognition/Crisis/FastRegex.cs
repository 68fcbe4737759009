using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

/// <summary>A source-generated regex with a twin on .NET's non-backtracking engine, built in the background on first use.</summary>
/// <remarks>
/// The crisis patterns are long alternations with gaps ('.{0,60}') that the backtracking engine tries at every space;
/// for those without lookarounds the non-backtracking engine gives the same answers, several times faster, but takes
/// milliseconds to build. So the first match queues the build, two seconds later so that it does not compete with the
/// host's start-up on a small machine, and the generated regex answers until the twin is ready.
/// Should a pattern outgrow the engine's limits (NotSupportedException), the generated regex simply keeps answering: a
/// failed build must not take the process down from a thread-pool thread. Instances are process-wide (static fields of
/// <see cref="CrisisDetector"/>), like the generated regexes themselves, so each twin is built once per process.
/// </remarks>
internal sealed class FastRegex
{
    private static readonly TimeSpan BuildDelay = TimeSpan.FromSeconds(2);

    private readonly Lazy<Regex?> _fast;
    private int _queued;

    public FastRegex(Regex generated)
    {
        Generated = generated;
        _fast = new Lazy<Regex?>(() => Build(generated), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The source-generated regex.</summary>
    public Regex Generated { get; }

    /// <summary>The twin, built now if it is not yet (for tests); null when the engine cannot take the pattern.</summary>
    public Regex? Fast => _fast.Value;

    public bool IsMatch(string input)
    {
        if (_fast.IsValueCreated)
        {
            return (_fast.Value ?? Generated).IsMatch(input);
        }

        if (Interlocked.Exchange(ref _queued, 1) == 0)
        {
            _ = Task.Delay(BuildDelay).ContinueWith(static (_, state) => ((FastRegex)state!)._fast.Value, this, TaskScheduler.Default);
        }

        return Generated.IsMatch(input);
    }

    private static Regex? Build(Regex generated)
    {
        try
        {
            return new Regex(generated.ToString(), generated.Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
