using System.Text.RegularExpressions;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Crisis;

/// <summary>A crisis pattern: answered by .NET's regex interpreter at first, then by a faster twin built in the
/// background on first use.</summary>
/// <remarks>
/// <para>The twin (<see cref="FastMatcher"/>) is the pattern on the non-backtracking engine where that engine takes it
/// (the suicide pattern: about 1 µs a message, against 55 on the others); a pattern with lookarounds keeps only the
/// alternatives that need them on a backtracking engine. The generated regexes' methods are large: compiling them on
/// first use cost the start about 250 ms of the JIT's time on two cores, and the non-backtracking twins take
/// milliseconds each to build. The interpreter is part of the framework, already compiled, and builds all patterns in
/// about 15 ms, so it answers the first messages (at about the speed of uncompiled generated code), while the twins are
/// built two seconds after the first match, so that they do not compete with the host's start-up on a small machine.</para>
/// <para>A twin is built on a thread-pool thread. Instances are process-wide (static fields of
/// <see cref="CrisisDetector"/>), like the generated regexes themselves, so each twin is built once per process.</para>
/// </remarks>
internal sealed class FastRegex
{
    private static readonly TimeSpan BuildDelay = TimeSpan.FromSeconds(2);

    // Spaces and common words, so that the generated code gets past its first checks and all its methods compile.
    private const string CompileSample = " ik weet niet meer wat ik moet doen want hij is weer thuis en de kinderen slapen nu al ";

    private readonly Regex _generated;
    private readonly Lazy<FastMatcher> _fast;
    private int _queued;

    /// <param name="generated">The source-generated pattern.</param>
    /// <param name="replaces">Whether <see cref="Replace"/> is used: then the generated regex, which replaces once the twin
    /// is built, is compiled with the twin rather than on a resident's turn.</param>
    public FastRegex(Regex generated, bool replaces = false)
    {
        _generated = generated;
        Interpreted = new Regex(generated.ToString(), generated.Options);
        _fast = new Lazy<FastMatcher>(
            () =>
            {
                if (replaces)
                {
                    generated.Replace(CompileSample, string.Empty);
                }

                return FastMatcher.Build(generated, CompileSample);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The pattern on the interpreter, which answers until the twin is built.</summary>
    public Regex Interpreted { get; }

    /// <summary>The twin, built now if it is not yet (for tests).</summary>
    public FastMatcher Fast => _fast.Value;

    public bool IsMatch(string input) => IsFast() ? _fast.Value.IsMatch(input) : Interpreted.IsMatch(input);

    public string Replace(string input, string replacement) =>
        (IsFast() ? _generated : Interpreted).Replace(input, replacement);

    private bool IsFast()
    {
        if (_fast.IsValueCreated)
        {
            return true;
        }

        if (Interlocked.Exchange(ref _queued, 1) == 0)
        {
            _ = Task.Delay(BuildDelay).ContinueWith(static (_, state) => ((FastRegex)state!)._fast.Value, this, TaskScheduler.Default);
        }

        return false;
    }
}
