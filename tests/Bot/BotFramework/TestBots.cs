using System.Text.Json;
using Bouwmarkt.Bot.BotFramework.Turns;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bouwmarkt.Bot.Tests.Bot.BotFramework;

/// <summary>Small bots that make the host's behaviour visible; each test registers the one it needs.</summary>
internal static class TestBots
{
    public static Action<WebApplicationBuilder> Use(Func<IServiceProvider, IBot> factory) =>
        builder => builder.Services.AddSingleton(factory);

    public static Action<WebApplicationBuilder> Use(IBot bot) => Use(_ => bot);

    /// <summary>Answers every message with "echo: {text}".</summary>
    public sealed class Echo : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.Activity.Type == ActivityTypes.Message
                ? turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken)
                : Task.CompletedTask;
    }

    /// <summary>Counts messages in conversation state and answers the count; the delay widens race windows.</summary>
    public sealed class Counter(ConversationState state, TimeSpan delay = default) : IBot
    {
        private readonly IStatePropertyAccessor<int> _count = state.CreateProperty("count", BotFrameworkTestJsonContext.Default.Int32);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            var count = await _count.GetAsync(turnContext, () => 0, cancellationToken);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            await _count.SetAsync(turnContext, count + 1, cancellationToken);
            if (turnContext.Activity.Name == "fail-after-set")
            {
                throw new InvalidOperationException("failed after changing state");
            }

            await turnContext.SendActivityAsync($"count {count + 1}", cancellationToken);
        }
    }

    /// <summary>Fails every turn with an exception whose message quotes the user's text.</summary>
    public sealed class Throwing : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret: " + turnContext.Activity.Text);
    }

    /// <summary>Waits, then answers: a turn that is still running when something else happens.</summary>
    public sealed class Slow(TimeSpan delay) : IBot
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Task.Delay(delay, CancellationToken.None);
            await turnContext.SendActivityAsync("done", cancellationToken);
        }
    }

    /// <summary>Answers invokes named "answer" with 200 and a body, and ignores other invokes.</summary>
    public sealed class Invoke : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Type != ActivityTypes.Invoke || turnContext.Activity.Name != "answer")
            {
                return Task.CompletedTask;
            }

            var response = new InvokeResponse(200, JsonSerializer.SerializeToElement("antwoord", BotFrameworkTestJsonContext.Default.String));
            return turnContext.SendActivityAsync(new Activity
            {
                Type = TurnRunner.InvokeResponseType,
                Value = JsonSerializer.SerializeToElement(response, ProtocolJsonContext.Default.InvokeResponse),
            }, cancellationToken);
        }
    }
}
