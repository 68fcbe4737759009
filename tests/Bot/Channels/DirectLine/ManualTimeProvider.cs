namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

/// <summary>A clock the test moves by hand, to let tokens expire without waiting.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
