using System.Text.Json.Nodes;

namespace Bouwmarkt.Bot.Channels.Teams;

/// <summary>A filled Teams manifest, or why it could not be filled.</summary>
public sealed record TeamsManifestResult(JsonObject? Manifest, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Manifest is not null && Problems.Count == 0;
}
