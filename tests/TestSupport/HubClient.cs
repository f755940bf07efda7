using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace KpiActors.TestSupport;

/// <summary>
/// A SignalR client speaking the JSON hub protocol over a plain WebSocket (the .NET SignalR client package
/// is not available here): handshake, invocations with completions, and the server's invocations
/// recorded in arrival order.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _invocations = new();
    private readonly Channel<HubMessage> _messages = Channel.CreateUnbounded<HubMessage>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private int _nextId;

    private HubClient(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveAsync();
    }

    /// <summary>Every server-to-client invocation, in the order received.</summary>
    public ChannelReader<HubMessage> Messages => _messages.Reader;

    public static async Task<HubClient> ConnectAsync(Uri baseAddress, string path, string? apiKey, CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        if (apiKey is not null)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {apiKey}");
        }

        var uri = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = path }.Uri;
        await socket.ConnectAsync(uri, cancellationToken);
        await SendAsync(socket, """{"protocol":"json","version":1}""", cancellationToken);
        var handshake = await ReadRecordAsync(socket, new StringBuilder(), cancellationToken);
        using var answer = JsonDocument.Parse(handshake);
        if (answer.RootElement.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"SignalR handshake refused: {error}");
        }

        return new HubClient(socket);
    }

    /// <summary>The messages read up to and including the first that <paramref name="last"/> accepts; a minute at most.</summary>
    public async Task<List<HubMessage>> ReadUntilAsync(Func<HubMessage, bool> last)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var read = new List<HubMessage>();
        while (true)
        {
            var message = await Messages.ReadAsync(timeout.Token);
            read.Add(message);
            if (last(message))
            {
                return read;
            }
        }
    }

    /// <summary>The first argument of the next message sent to <paramref name="target"/> ("Alert", "Silences", ...).</summary>
    public async Task<JsonElement> NextAsync(string target) => (await ReadUntilAsync(m => m.Target == target))[^1].Arguments[0];

    /// <summary>Invokes a hub method and returns its result (or throws the hub's error).</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString();
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _invocations[id] = completion;
        var message = JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments });
        await SendAsync(_socket, message, _stop.Token);
        return await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
            {
                // The server may already be gone; the socket is disposed either way.
            }
        }

        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new StringBuilder();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var record = await ReadRecordAsync(_socket, buffer, _stop.Token);
                using var document = JsonDocument.Parse(record);
                var root = document.RootElement;
                switch (root.GetProperty("type").GetInt32())
                {
                    case 1:
                        var arguments = root.GetProperty("arguments").EnumerateArray().Select(a => a.Clone()).ToArray();
                        await _messages.Writer.WriteAsync(new HubMessage(root.GetProperty("target").GetString()!, arguments, DateTimeOffset.UtcNow));
                        break;
                    case 3 when _invocations.TryRemove(root.GetProperty("invocationId").GetString()!, out var completion):
                        if (root.TryGetProperty("error", out var error))
                        {
                            completion.TrySetException(new InvalidOperationException(error.GetString()));
                        }
                        else
                        {
                            completion.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                        }

                        break;
                    case 7:
                        return;
                }
            }
        }
        finally
        {
            _messages.Writer.TryComplete();
            foreach (var pending in _invocations.Values)
            {
                pending.TrySetException(new InvalidOperationException("The hub connection closed."));
            }
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string json, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>Reads up to the next record separator; what follows it stays in <paramref name="pending"/>.</summary>
    private static async Task<string> ReadRecordAsync(ClientWebSocket socket, StringBuilder pending, CancellationToken cancellationToken)
    {
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(RecordSeparator);
            if (end >= 0)
            {
                pending.Clear().Append(text, end + 1, text.Length - end - 1);
                return text[..end];
            }

            var bytes = new List<byte>();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(chunk, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The hub closed the connection.");
                }

                bytes.AddRange(chunk.AsSpan(0, received.Count));
            }
            while (!received.EndOfMessage);

            pending.Append(Encoding.UTF8.GetString(bytes.ToArray()));
        }
    }
}

/// <summary>One invocation the server made on this client.</summary>
public sealed record HubMessage(string Target, JsonElement[] Arguments, DateTimeOffset ReceivedAt);
