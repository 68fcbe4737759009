namespace Bouwmarkt.Bot.Storage;

/// <summary>The state file refused a write (disk full, file damaged); the change did not reach the file.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException() : base("The state file refused the write.") { }

    public StorageUnavailableException(string message) : base(message) { }

    public StorageUnavailableException(string path, Exception inner)
        : base($"Writing to the state file '{path}' failed: {inner?.Message}", inner) { }
}
