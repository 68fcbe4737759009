using System.Globalization;

namespace Bouwmarkt.Bot.Load;

/// <summary>The outcome of one load run.</summary>
public sealed record LoadReport(long Turns, long Errors, TimeSpan Elapsed, double P50Ms, double P99Ms, string? FirstError)
{
    /// <summary>Successful turns per second.</summary>
    public double TurnsPerSecond => Elapsed.TotalSeconds > 0 ? Turns / Elapsed.TotalSeconds : 0;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"turns {Turns}, errors {Errors}, {Elapsed.TotalSeconds:F1} s, {TurnsPerSecond:F0} turns/s, p50 {P50Ms:F2} ms, p99 {P99Ms:F2} ms")
        + (FirstError is null ? string.Empty : $"{Environment.NewLine}first error: {FirstError}");
}
