using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>Issues and checks Direct Line tokens: HS256-signed, JWT-shaped, scoped to one conversation, with expiry.</summary>
/// <remarks>Thread-safe and stateless apart from the secret, so a token stays valid across a restart until it expires.</remarks>
public sealed class DirectLineTokens(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
{
    /// <summary>How long a stream URL may wait before the client connects (Direct Line: 60 s).</summary>
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromSeconds(60);

    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    /// <summary>The lifetime of conversation tokens, in whole seconds, as <c>expires_in</c> reports it.</summary>
    public int LifetimeSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    /// <summary>A token for the REST API of one conversation.</summary>
    public ValueTask<string> IssueAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        IssueAsync(conversationId, userId, DirectLineTokenClaims.ConversationScope, options.Value.TokenLifetime, cancellationToken);

    /// <summary>A short-lived token that pre-authorizes one WebSocket connection.</summary>
    public ValueTask<string> IssueStreamAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        IssueAsync(conversationId, userId, DirectLineTokenClaims.StreamScope, StreamTokenLifetime, cancellationToken);

    /// <summary>The claims of a well-signed, unexpired token, or null.</summary>
    public async ValueTask<DirectLineTokenClaims?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var claims = await ReadSignedAsync(token, cancellationToken).ConfigureAwait(false);
        return claims is not null && !IsExpired(claims) ? claims : null;
    }

    /// <summary>True once the token's lifetime is over.</summary>
    public bool IsExpired(DirectLineTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.ExpiresAt <= time.GetUtcNow().ToUnixTimeSeconds();
    }

    /// <summary>The claims of a token this host signed, expired or not; null when the signature does not hold.</summary>
    public async ValueTask<DirectLineTokenClaims?> ReadSignedAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], Header, StringComparison.Ordinal))
        {
            return null;
        }

        var key = await secret.GetAsync(cancellationToken).ConfigureAwait(false);
        var expected = Sign(key, parts[0], parts[1]);
        var given = new byte[Base64Url.GetMaxDecodedLength(parts[2].Length)];
        if (!Base64Url.TryDecodeFromChars(parts[2], given, out var written)
            || !CryptographicOperations.FixedTimeEquals(expected, given.AsSpan(0, written)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), DirectLineJsonContext.Default.DirectLineTokenClaims);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private async ValueTask<string> IssueAsync(string conversationId, string userId, string scope, TimeSpan lifetime, CancellationToken ct)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var claims = new DirectLineTokenClaims(conversationId, userId, scope, expires);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJsonContext.Default.DirectLineTokenClaims));
        var key = await secret.GetAsync(ct).ConfigureAwait(false);
        return $"{Header}.{payload}.{Base64Url.EncodeToString(Sign(key, Header, payload))}";
    }

    private static byte[] Sign(byte[] key, string header, string payload) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{payload}"));
}
