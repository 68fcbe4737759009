using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Bouwmarkt.Bot.Protocol.State;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>The Direct Line secret: from configuration, else generated once and kept in storage so tokens survive a restart.</summary>
/// <remarks>Thread-safe; storage is read at most once per process.</remarks>
public sealed class DirectLineSecret(IOptions<DirectLineOptions> options, IStorage storage) : IDisposable
{
    /// <summary>The storage key of a generated secret.</summary>
    public const string StorageKey = "directline/secret";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _secret;

    /// <summary>The secret as UTF-8 bytes, also the HMAC key of tokens.</summary>
    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _secret) is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _secret ??= Encoding.UTF8.GetBytes(await LoadAsync(cancellationToken).ConfigureAwait(false));
            return _secret;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>True when <paramref name="candidate"/> is the secret; compares in constant time.</summary>
    public async ValueTask<bool> IsSecretAsync(string candidate, CancellationToken cancellationToken)
    {
        var secret = await GetAsync(cancellationToken).ConfigureAwait(false);
        return CryptographicOperations.FixedTimeEquals(secret, Encoding.UTF8.GetBytes(candidate));
    }

    public void Dispose() => _gate.Dispose();

    private async Task<string> LoadAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(options.Value.Secret))
        {
            return options.Value.Secret;
        }

        var stored = await storage.ReadAsync([StorageKey], ct).ConfigureAwait(false);
        if (stored.TryGetValue(StorageKey, out var item))
        {
            return Decode(item.Json);
        }

        var fresh = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        try
        {
            // ETag null: only if absent, so two hosts starting together agree on one secret.
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [StorageKey] = new(Encode(fresh), null) }, ct).ConfigureAwait(false);
            return fresh;
        }
        catch (StorageConflictException)
        {
            var winner = await storage.ReadAsync([StorageKey], ct).ConfigureAwait(false);
            return Decode(winner[StorageKey].Json);
        }
    }

    private static string Encode(string secret) =>
        System.Text.Json.JsonSerializer.Serialize(secret, DirectLineJsonContext.Default.String);

    private static string Decode(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, DirectLineJsonContext.Default.String)
        ?? throw new InvalidOperationException("The stored Direct Line secret is empty.");
}
