using System.Security.Cryptography;
using System.Text;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Checks Meta's <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of the raw body keyed with the App Secret.</summary>
/// <remarks>Constant-time: the comparison takes as long for a near miss as for garbage.</remarks>
internal static class WhatsAppSignature
{
    /// <summary>The header Meta signs notifications in.</summary>
    public const string HeaderName = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> under <paramref name="appSecret"/>.</summary>
    public static bool IsValid(string appSecret, ReadOnlySpan<byte> body, string? header)
    {
        ArgumentNullException.ThrowIfNull(appSecret);
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || header.Length != Prefix.Length + (2 * HMACSHA256.HashSizeInBytes))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (Convert.FromHexString(header.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != given.Length)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>The header value for <paramref name="body"/>, as Meta computes it (tests and tools sign with it).</summary>
    public static string Sign(string appSecret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));

    /// <summary>Compares two secrets in constant time, whatever their lengths (both are hashed first).</summary>
    public static bool SecretEquals(string? given, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (given is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
