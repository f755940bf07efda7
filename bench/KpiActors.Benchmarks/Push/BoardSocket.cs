using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KpiActors.Domain;

namespace KpiActors.Benchmarks.Push;

/// <summary>
/// One live board: a WebSocket speaking SignalR's JSON protocol that joins the national group and notes,
/// for every online-dossier figure pushed to it, the province, its denominator (the dossiers received) and
/// when it arrived.
/// Much lighter than the tests' HubClient (no document per message, no copies), so that a thousand of
/// them measure the server rather than themselves.
/// </summary>
public sealed class BoardSocket : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(10);
    private static readonly IReadOnlyDictionary<string, int> ProvinceIndex =
        ProvinceCatalog.Vietnam.All.Select((p, i) => (p.Code, i)).ToDictionary(p => p.Code, p => p.i);

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sending = new(1);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private Task _receiving = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;
    private bool _recording;
    private List<Sighting> _sightings = [];
    private List<(long PushId, long At, int Bytes)> _pushes = [];

    private BoardSocket(ClientWebSocket socket) => _socket = socket;

    /// <summary>Connects, joins the national board and returns once its current figures have arrived.</summary>
    public static async Task<BoardSocket> ConnectAsync(Uri baseAddress, string apiKey)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {apiKey}");
        await socket.ConnectAsync(new UriBuilder(baseAddress) { Scheme = "ws", Path = "/hubs/board" }.Uri, CancellationToken.None);
        var board = new BoardSocket(socket);
        await board.SendAsync("""{"protocol":"json","version":1}""");
        board._receiving = Task.Run(board.ReceiveAsync);
        board._pinging = Task.Run(board.PingAsync);
        await board.SendAsync("""{"type":1,"invocationId":"1","target":"WatchNational","arguments":[]}""");
        await board._joined.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return board;
    }

    /// <summary>Starts noting pushes afresh.</summary>
    public void StartRecording()
    {
        lock (_gate)
        {
            _sightings = [];
            _pushes = [];
            _recording = true;
        }
    }

    /// <summary>Stops noting and hands over what was noted, in arrival order; a push's size is that of its message.</summary>
    public (List<Sighting> Sightings, List<(long PushId, long At, int Bytes)> Pushes) StopRecording()
    {
        lock (_gate)
        {
            _recording = false;
            return (_sightings, _pushes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
            // The server may be gone already; the socket is disposed either way.
        }

        await Task.WhenAll(_receiving, _pinging).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private async Task SendAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + (char)RecordSeparator);
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _stop.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>The server drops a client it has not heard from for 30 seconds; runs last longer than that.</summary>
    private async Task PingAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(PingInterval, _stop.Token);
                await SendAsync("""{"type":6}""");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private async Task ReceiveAsync()
    {
        var filled = 0;
        var handshakeDone = false;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (filled == _buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                    _buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }

                var received = await _socket.ReceiveAsync(_buffer.AsMemory(filled), _stop.Token);
                var at = Stopwatch.GetTimestamp();
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var scanFrom = filled;
                filled += received.Count;
                var start = 0;
                int end;
                while ((end = Array.IndexOf(_buffer, RecordSeparator, scanFrom, filled - scanFrom)) >= 0)
                {
                    var record = _buffer.AsSpan(start, end - start);
                    if (handshakeDone)
                    {
                        Handle(record, at);
                    }

                    handshakeDone = true;
                    start = scanFrom = end + 1;
                }

                _buffer.AsSpan(start, filled - start).CopyTo(_buffer);
                filled -= start;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            _joined.TrySetException(new InvalidOperationException("The board's connection closed before it joined."));
        }
    }

    private void Handle(ReadOnlySpan<byte> record, long at)
    {
        if (record.IndexOf("\"type\":3"u8) >= 0)
        {
            _joined.TrySetResult();
            return;
        }

        if (!_recording || record.IndexOf("\"target\":\"Figures\""u8) < 0)
        {
            return;
        }

        // Figures are objects at depth 3 (message, arguments, the list).
        var reader = new Utf8JsonReader(record);
        int province = -1;
        long received = -1, sequence = 0, pushId = 0;
        var onlineDossiers = false;
        var found = new List<Sighting>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 4)
            {
                if (reader.ValueTextEquals("province"u8) && reader.Read())
                {
                    province = ProvinceIndex.GetValueOrDefault(reader.GetString()!, -1);
                }
                else if (reader.ValueTextEquals("indicator"u8) && reader.Read())
                {
                    onlineDossiers = reader.ValueTextEquals("online-dossier"u8);
                }
                else if (reader.ValueTextEquals("denominator"u8) && reader.Read())
                {
                    received = reader.GetInt64();
                }
                else if (reader.ValueTextEquals("sequence"u8) && reader.Read())
                {
                    sequence = reader.GetInt64();
                }
            }
            else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 3)
            {
                if (onlineDossiers && province >= 0)
                {
                    found.Add(new Sighting(province, received, at));
                }

                pushId = Math.Max(pushId, sequence);
                province = -1;
                received = -1;
                onlineDossiers = false;
            }
        }

        lock (_gate)
        {
            if (_recording)
            {
                _sightings.AddRange(found);
                _pushes.Add((pushId, at, record.Length));
            }
        }
    }
}
