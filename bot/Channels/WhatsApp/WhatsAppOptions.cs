using System.ComponentModel.DataAnnotations;

namespace Bouwmarkt.Bot.Channels.WhatsApp;

/// <summary>Settings of the WhatsApp Business Cloud API channel (<c>/api/whatsapp</c>).</summary>
/// <remarks>
/// The channel is off, and its endpoints answer 404, until <see cref="VerifyToken"/>, <see cref="AppSecret"/>,
/// <see cref="AccessToken"/> and <see cref="PhoneNumberId"/> are all set; setting only some of them fails at start-up.
/// </remarks>
public sealed class WhatsAppOptions : IValidatableObject
{
    public const string Section = "WhatsApp";

    /// <summary>The Verify Token typed into the App Dashboard; Meta sends it back on <c>GET /api/whatsapp</c>.</summary>
    public string VerifyToken { get; set; } = "";

    /// <summary>The Meta app's App Secret: the key of the <c>X-Hub-Signature-256</c> HMAC on every notification.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The system-user (or temporary) access token for the Graph API.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The business phone number's id (not the number itself) that sends the replies.</summary>
    public string PhoneNumberId { get; set; } = "";

    /// <summary>The Graph API root, version included; tests point it at a loopback peer.</summary>
    [Required]
    [Url]
    public string GraphApiBaseUrl { get; set; } = "https://graph.facebook.com/v23.0/";

    /// <summary>
    /// Key of the HMAC that turns a phone number into the opaque conversation and user id the bot stores. Empty: the
    /// <see cref="AppSecret"/>. Changing it (or the App Secret when this is empty) starts every conversation afresh.
    /// </summary>
    public string PseudonymKey { get; set; } = "";

    /// <summary>Meta's customer service window: free-form messages may only be sent this long after the user's last message.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ServiceWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long one Graph API call may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest notification body accepted, in bytes; a batch of chat messages is far smaller.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Turns of different users that may run at once; one user's messages always run one after another.</summary>
    [Range(1, 256)]
    public int ConcurrentTurns { get; set; } = 8;

    /// <summary>Received messages that may wait per worker; when full the webhook answers 503 and Meta delivers again later.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>True when every credential is set, so the channel is on.</summary>
    public bool IsConfigured => Credentials().All(c => c.Value.Length > 0);

    /// <summary>The key for pseudonymous ids.</summary>
    public string EffectivePseudonymKey => PseudonymKey.Length > 0 ? PseudonymKey : AppSecret;

    /// <summary>The Graph API root with a trailing slash, so relative paths keep its version segment.</summary>
    public Uri GraphApiBase => new(GraphApiBaseUrl.EndsWith('/') ? GraphApiBaseUrl : GraphApiBaseUrl + "/", UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var credentials = Credentials().ToList();
        var missing = credentials.Where(c => c.Value.Length == 0).Select(c => c.Name).ToList();
        if (missing.Count > 0 && missing.Count < credentials.Count)
        {
            yield return new ValidationResult(
                $"WhatsApp is half configured: set {string.Join(", ", missing.Select(m => $"{Section}:{m}"))} too, or clear them all to switch the channel off.",
                missing);
        }
    }

    private IEnumerable<(string Name, string Value)> Credentials()
    {
        yield return (nameof(VerifyToken), VerifyToken);
        yield return (nameof(AppSecret), AppSecret);
        yield return (nameof(AccessToken), AccessToken);
        yield return (nameof(PhoneNumberId), PhoneNumberId);
    }
}
