using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace Bouwmarkt.Bot.Channels.DirectLine;

/// <summary>What the Direct Line endpoints share: authentication, stamping incoming activities, and running turns.</summary>
/// <remarks>Thread-safe; one per host.</remarks>
public sealed class DirectLineService(
    IOptions<DirectLineOptions> options,
    DirectLineSecret secret,
    DirectLineTokens tokens,
    DirectLineActivityLog log,
    DirectLineStreamHub hub,
    TurnRunner runner,
    TimeProvider time,
    ILogger<DirectLineService> logger)
{
    private const string BearerPrefix = "Bearer ";

    public DirectLineOptions Options => options.Value;

    public DirectLineTokens Tokens => tokens;

    public DirectLineActivityLog Log => log;

    public DirectLineStreamHub Hub => hub;

    public TimeProvider Time => time;

    internal ILogger Logger => logger;

    /// <summary>The bot's account as clients see it.</summary>
    public ChannelAccount Bot => new(Options.BotId, Options.BotName) { Role = "bot" };

    /// <summary>The caller of a request with <c>Authorization: Bearer</c> secret or token; null when absent or not valid.</summary>
    public async Task<DirectLineCaller?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var credential = header[BearerPrefix.Length..].Trim();
        if (credential.Length == 0)
        {
            return null;
        }

        if (await secret.IsSecretAsync(credential, cancellationToken).ConfigureAwait(false))
        {
            return new DirectLineCaller(HasSecret: true, Token: null);
        }

        var claims = await tokens.ReadSignedAsync(credential, cancellationToken).ConfigureAwait(false);
        return claims is null ? null : new DirectLineCaller(HasSecret: false, claims, tokens.IsExpired(claims));
    }

    /// <summary>Fills what the service, not the client, decides: channel, conversation, sender, recipient, time.</summary>
    public void Stamp(Activity activity, ConversationRecord record, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(request);
        activity.Id = null;
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelIds.DirectLine;
        activity.ServiceUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        activity.Conversation = new ConversationAccount(record.ConversationId);
        // The user is who the token says, whatever the body claims.
        activity.From = new ChannelAccount(record.UserId, activity.From?.Name) { Role = "user" };
        activity.Recipient = Bot;
        activity.Locale ??= record.Locale;
    }

    /// <summary>Runs a turn whose replies go into this conversation's log.</summary>
    public Task RunTurnAsync(Activity activity, CancellationToken cancellationToken) =>
        runner.RunAsync(activity, new DirectLineReplySink(log, hub), cancellationToken);

    /// <summary>Tells the bot that it and the user joined, as the Direct Line service does on start; a failure does not stop the start.</summary>
    public async Task RunConversationUpdateAsync(ConversationRecord record, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var user = new ChannelAccount(record.UserId) { Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{record.ConversationId}|start",
            MembersAdded = [Bot, user],
        };
        Stamp(update, record, request);
        update.Id = $"{record.ConversationId}|start";
        try
        {
            await RunTurnAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DirectLineLog.TurnFailed(logger, update.Type, e);
        }
    }
}
