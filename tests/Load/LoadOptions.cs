namespace Bouwmarkt.Bot.Load;

/// <summary>How hard and how long to load a running host.</summary>
public sealed record LoadOptions
{
    /// <summary>The host's base address; only loopback is allowed.</summary>
    public Uri Url { get; init; } = new("http://localhost:3978");

    /// <summary>Conversations that run at the same time.</summary>
    public int Conversations { get; init; } = 50;

    /// <summary>Stop after this many turns in total (0 = no limit).</summary>
    public int Turns { get; init; }

    /// <summary>Stop after this much time (0 = no limit); with neither limit the run lasts 10 s.</summary>
    public double Seconds { get; init; }

    /// <summary>Messages per conversation after its conversationUpdate; then a new conversation starts.</summary>
    public int MessagesPerConversation { get; init; } = 8;

    /// <summary>Throws if the URL is not loopback: the load generator must never leave this machine.</summary>
    public void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{Url}' is not an http(s) URL.");
        }

        if (!Url.IsLoopback)
        {
            throw new ArgumentException($"'{Url}' is not a loopback address; the load generator only runs against 127.0.0.1 or localhost.");
        }

        if (Conversations < 1 || MessagesPerConversation < 1 || Turns < 0 || Seconds < 0)
        {
            throw new ArgumentException("Conversations and messages must be at least 1; turns and seconds not negative.");
        }
    }
}
