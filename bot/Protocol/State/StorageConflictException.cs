namespace Bouwmarkt.Bot.Protocol.State;

/// <summary>A write's ETag did not match the stored one: somebody else wrote first.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException() : base("ETag conflict.") { }

    public StorageConflictException(string key) : base($"ETag conflict on '{key}'.") => Key = key;

    public StorageConflictException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The key whose condition failed.</summary>
    public string? Key { get; }
}
