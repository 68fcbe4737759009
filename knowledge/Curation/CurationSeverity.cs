namespace Bouwmarkt.Bot.Knowledge.Curation;

/// <summary>Errors stop an import or fail validation; warnings are reported only.</summary>
public enum CurationSeverity
{
    Warning = 0,
    Error = 1,
}
