using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Bouwmarkt.Bot.Tests.Bot.Channels.DirectLine;

/// <summary>A test's end of a Direct Line WebSocket: reads ActivitySet frames as directlinejs does.</summary>
internal sealed class StreamReader(ClientWebSocket socket) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public ClientWebSocket Socket => socket;

    public static async Task<StreamReader> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return new StreamReader(socket);
    }

    /// <summary>The next ActivitySet; empty keep-alive frames are skipped. Null when the server closed the socket.</summary>
    public async Task<JsonElement?> NextSetAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            using var message = new MemoryStream();
            var buffer = new byte[8192];
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            }
        }
    }

    /// <summary>Reads frames until <paramref name="count"/> activities of the given types arrived; returns them in order.</summary>
    public async Task<List<JsonElement>> ActivitiesAsync(int count, params string[] types)
    {
        var found = new List<JsonElement>();
        while (found.Count < count)
        {
            var set = await NextSetAsync() ?? throw new InvalidOperationException("The stream closed early.");
            found.AddRange(set.GetProperty("activities").EnumerateArray()
                .Where(a => types.Length == 0 || types.Contains(a.GetProperty("type").GetString())));
        }

        return found;
    }

    public void Dispose() => socket.Dispose();
}
