namespace Bouwmarkt.Bot.Tests.Bot;

/// <summary>Whether a measured start meets issue 5's target of one second, on the machine it was measured on.</summary>
/// <remarks>
/// The target was set, and met (575-670 ms), on a machine where an empty ASP.NET Core host starts in about
/// <see cref="ReferenceEmptyHost"/>. The machines CI runs on are not all alike: on some, the runtime and ASP.NET Core
/// alone take two to three times as long, before the bot has done anything. There the second that the target allows
/// grows by the same factor, measured by starting an empty host (tests/EmptyHost) beside the bot; on a machine as fast
/// as the reference or faster, the second is a second.
/// </remarks>
internal static class StartBudget
{
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan ReferenceEmptyHost = TimeSpan.FromMilliseconds(300);

    public static (bool Met, string Explanation) Judge(TimeSpan bot, TimeSpan emptyHost)
    {
        var slower = Math.Max(1, emptyHost / ReferenceEmptyHost);
        var allowed = Target * slower;
        var explanation = $"best start {bot.TotalMilliseconds:F0} ms against {allowed.TotalMilliseconds:F0} ms allowed: "
            + $"{Target.TotalMilliseconds:F0} ms on a machine that starts an empty host in {ReferenceEmptyHost.TotalMilliseconds:F0} ms, "
            + $"this one took {emptyHost.TotalMilliseconds:F0} ms ({slower:F2} times)";
        return (bot < allowed, explanation);
    }
}
