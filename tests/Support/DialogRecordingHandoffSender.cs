using Bouwmarkt.Bot.Dialogs.Intake;

namespace Bouwmarkt.Bot.Tests.Support;

/// <summary>Stand-in handoff sender: records what would be sent; answers <see cref="Succeeds"/>.</summary>
public sealed class DialogRecordingHandoffSender : IHandoffSender
{
    public List<HandoffRequest> Sent { get; } = [];

    public bool Succeeds { get; set; } = true;

    public Task<bool> SendAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        Sent.Add(request);
        return Task.FromResult(Succeeds);
    }
}
