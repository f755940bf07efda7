using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace KpiActors.TestSupport;

/// <summary>
/// A board, or any client of a hub, speaking SignalR's JSON protocol over a plain WebSocket (the .NET SignalR client
/// package is not available here): handshake, invocations with completions, and the server's invocations in arrival
/// order. What it has read of them is kept, so that a test can wait for one (among those read so far or those to come)
/// and afterwards count what came.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(60);
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _invocations = new();
    private readonly Channel<HubMessage> _messages = Channel.CreateUnbounded<HubMessage>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private readonly List<HubMessage> _seen = [];
    private int _nextId;

    private HubClient(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveAsync();
    }

    /// <summary>Every server-to-client invocation, in the order received, for a test that reads them itself.</summary>
    public ChannelReader<HubMessage> Messages => _messages.Reader;

    /// <summary>Every message read so far by the methods below, in the order pushed.</summary>
    public IReadOnlyList<HubMessage> Seen => _seen;

    /// <summary>Connects to the app's hub, the board's by default, sending <paramref name="apiKey"/> as a bearer token when given.</summary>
    public static async Task<HubClient> ConnectAsync(
        Uri baseAddress, string path = "/hubs/board", string? apiKey = AppDefaults.AdminKey, CancellationToken cancellationToken = default)
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

    /// <summary>The messages read from here up to and including the first that <paramref name="last"/> accepts; a minute at most.</summary>
    /// <param name="what">What is awaited, for the failure's message.</param>
    public async Task<List<HubMessage>> ReadUntilAsync(Func<HubMessage, bool> last, string what = "the message awaited")
    {
        using var timeout = new CancellationTokenSource(ReadTimeout);
        var read = new List<HubMessage>();
        while (true)
        {
            HubMessage message;
            try
            {
                message = await Messages.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {ReadTimeout.TotalSeconds:0} s for {what}; {_seen.Count} messages came in all, {read.Count} of them meanwhile.");
            }

            _seen.Add(message);
            read.Add(message);
            if (last(message))
            {
                return read;
            }
        }
    }

    /// <summary>The first argument of the next message sent to <paramref name="target"/> ("Alert", "Silences", ...).</summary>
    public async Task<JsonElement> NextAsync(string target) => (await ReadUntilAsync(m => m.Target == target, $"a '{target}' message"))[^1].Arguments[0];

    /// <summary>Joins the national group; the answer is every province's current readings.</summary>
    public Task<JsonElement> WatchNationalAsync() => InvokeAsync("WatchNational");

    /// <summary>
    /// The figure of this province and indicator at this denominator, in a message to <paramref name="target"/> ("Figures",
    /// or a watched province's "Readings"), among the messages read so far or those to come.
    /// </summary>
    public async Task<JsonElement> FigureAsync(string province, string indicator, long denominator, string target = "Figures")
    {
        var message = await FirstAsync(m => m.Target == target && Figure(m, province, indicator)?.GetProperty("denominator").GetInt64() == denominator,
            $"a '{target}' message with {province}/{indicator} at {denominator}");
        return Figure(message, province, indicator)!.Value;
    }

    /// <summary>A pushed alert in this state, among the messages read so far or those to come.</summary>
    public async Task<JsonElement> AlertAsync(string state) =>
        (await FirstAsync(m => m.Target == "Alert" && m.Arguments[0].GetProperty("state").GetString() == state, $"an alert {state}")).Arguments[0];

    /// <summary>The argument of every message to <paramref name="target"/> read so far.</summary>
    public IEnumerable<JsonElement> All(string target) => _seen.Where(m => m.Target == target).Select(m => m.Arguments[0]);

    /// <summary>The last reading of this province and indicator a push of figures carries (each figure once, in order), if any.</summary>
    public static JsonElement? Figure(HubMessage message, string province, string indicator) =>
        message.Target is "Figures" or "Readings"
            ? message.Arguments[0].EnumerateArray()
                .Where(f => f.GetProperty("province").GetString() == province && f.GetProperty("indicator").GetString() == indicator)
                .Select(f => (JsonElement?)f)
                .LastOrDefault()
            : null;

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

    private async Task<HubMessage> FirstAsync(Func<HubMessage, bool> match, string what) =>
        _seen.FirstOrDefault(match) ?? (await ReadUntilAsync(match, what))[^1];

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
