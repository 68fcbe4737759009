namespace Bouwmarkt.Bot.Protocol.Schema;

/// <summary>Wire values of <see cref="Activity.InputHint"/> (the Swagger forms, as the SDK sends them).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
