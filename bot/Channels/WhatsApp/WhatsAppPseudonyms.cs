using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Turns a user's phone number (wa_id) into the opaque id the bot uses as conversation and user id.</summary>
/// <remarks>
/// A keyed HMAC, not a plain hash: phone numbers are few enough to guess them all against an unkeyed hash. So state,
/// transcripts and logs hold no phone number; the number itself lives only in the turn that answers it.
/// Thread-safe.
/// </remarks>
internal sealed class WhatsAppPseudonyms(IOptions<WhatsAppOptions> options)
{
    /// <summary>Every pseudonym starts with this, so a stored key says which channel made it.</summary>
    public const string Prefix = "wa-";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.EffectivePseudonymKey);

    /// <summary>The pseudonym of <paramref name="waId"/>: 128 bits of HMAC-SHA256 as hex.</summary>
    public string For(string waId)
    {
        ArgumentNullException.ThrowIfNull(waId);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(waId), hash);
        return Prefix + Convert.ToHexStringLower(hash[..16]);
    }
}
