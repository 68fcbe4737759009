using System.Runtime;

namespace Bouwmarkt.Bot.Hosting;

/// <summary>Multicore JIT for the host's start: what one start compiled, the next compiles ahead on the other core.</summary>
/// <remarks>
/// Most of a start is the JIT compiling our code and our packages' (LiteDB, YamlDotNet, Lucene.Net), which ship without
/// precompiled code, one method at a time on the thread that needs it. With a profile of the last start, the runtime
/// compiles those methods on a background thread in the order they were needed, so the main thread mostly finds them
/// ready: about 45 ms of the start to the first answer on this 2-core machine (median of ten starts, 670 against
/// 716 ms).
/// <para>The profile is a list of methods, no data. It is written beside the binaries once the host has started, so a
/// process that is killed afterwards still leaves it; where that folder is read-only the runtime skips it and the
/// start is as fast as without. Only the real process uses it: the runtime has one profile per process, and test hosts
/// share theirs.</para>
/// </remarks>
internal static class StartupProfile
{
    public const string FileName = "startup.jitprofile";

    /// <summary>Plays the last start's profile (if any) and records this one.</summary>
    public static void Start(string directory)
    {
        ProfileOptimization.SetProfileRoot(directory);
        ProfileOptimization.StartProfile(FileName);
    }

    /// <summary>Stops recording and writes the profile.</summary>
    public static void Save() => ProfileOptimization.StartProfile(null);
}
