using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Bouwmarkt.Bot.Protocol.Schema;
using Bouwmarkt.Bot.Protocol.State;
using Bouwmarkt.Bot.Protocol.Turns;
using Bouwmarkt.Bot.Storage;

namespace Bouwmarkt.Bot.Benchmarks;

/// <summary>
/// One whole turn without HTTP: deserialize the Activity, run a middleware and a small bot that reads and writes
/// ConversationState in LiteDB (real temp file), serialize the expectReplies body.
/// </summary>
[MemoryDiagnoser]
public class TurnPipelineBenchmarks
{
    private string _folder = "";
    private LiteDbStorage _storage = null!;
    private TurnPipeline _pipeline = null!;
    private byte[][] _bodies = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("bouwmarkt-bench-").FullName;
        _storage = new LiteDbStorage(Path.Combine(_folder, "bot.db"));
        var state = new ConversationState(_storage);
        _pipeline = new TurnPipeline([new TimingMiddleware()], new CountingBot(state));
        _bodies = [.. Enumerable.Range(0, 50).Select(i => Encoding.UTF8.GetBytes(
            $$"""{"type":"message","channelId":"emulator","serviceUrl":"http://127.0.0.1:1","deliveryMode":"expectReplies","id":"a{{i}}","from":{"id":"user-{{i}}"},"recipient":{"id":"bot"},"conversation":{"id":"c{{i}}"},"locale":"nl-NL","text":"Ik zoek hulp voor mijn moeder"}"""))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _storage.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> Turn()
    {
        var activity = JsonSerializer.Deserialize(_bodies[_next++ % _bodies.Length], ProtocolJsonContext.Default.Activity)!;
        var sink = new BufferSink();
        await _pipeline.RunAsync(activity, sink, CancellationToken.None).ConfigureAwait(false);
        return JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(sink.Replies), ProtocolJsonContext.Default.ExpectedReplies).Length;
    }

    private sealed class TimingMiddleware : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.TurnState.Set("started", (object)DateTimeOffset.UtcNow);
            await next(cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class CountingBot(ConversationState state) : IBot
    {
        private readonly IStatePropertyAccessor<int> _turns = state.CreateProperty("turns", BenchJson.Default.Int32);

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1;
            await _turns.SetAsync(turnContext, turns, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync($"Beurt {turns}", cancellationToken).ConfigureAwait(false);
            await state.SaveChangesAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class BufferSink : IReplySink
    {
        public List<Activity> Replies { get; } = [];

        public Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            Replies.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
        }

        public Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}

[JsonSerializable(typeof(int))]
internal sealed partial class BenchJson : JsonSerializerContext;
