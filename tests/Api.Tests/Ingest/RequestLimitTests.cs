using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>An app with small limits, so that crossing them takes small requests.</summary>
public sealed class SmallLimitsApp() : AppFixture(StorageEngine.Sqlite, new Dictionary<string, string?>
{
    ["Ingest:MaxRowsPerRequest"] = "5",
    ["Ingest:MaxRequestBytes"] = "4096",
});

/// <summary>Request sizes are bounded: a batch over a limit is a 413 problem and stores nothing.</summary>
public sealed class RequestLimitTests(SmallLimitsApp fixture) : IClassFixture<SmallLimitsApp>
{
    private KpiApp App => fixture.App;

    private static IEnumerable<DossierEvent> Batch(string prefix, int count) => Enumerable.Range(1, count).Select(i =>
        new DossierEvent("01", $"{prefix}-{i}", "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved"));

    [Fact]
    public async Task A_batch_of_more_rows_than_MaxRowsPerRequest_is_413_and_one_at_the_limit_is_stored()
    {
        using var client = App.Client();
        var stored = await App.StoredRowsAsync();

        var problem = await client.PostAsync("/api/v1/dossiers", Wire.NdJson(Batch("ROWS", 6))).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("6 rows", problem.Detail);
        Assert.Equal(stored, await App.StoredRowsAsync());
        Assert.Equal(new Receipt(5, 5, 0), await client.PostAsync("/api/v1/dossiers", Wire.NdJson(Batch("ROWS", 5))).ReceiptAsync());
    }

    [Fact]
    public async Task A_body_announced_larger_than_MaxRequestBytes_is_413_and_stores_nothing()
    {
        using var client = App.Client();
        var stored = await App.StoredRowsAsync();

        var problem = await client.PostAsync("/api/v1/dossiers", Wire.Raw(PaddedBatch("BYTES"), "application/json"))
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("4096", problem.Detail);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_MaxRequestBytes_is_413_and_stores_nothing()
    {
        var stored = await App.StoredRowsAsync();

        using var response = await SendUnfinishedChunkedAsync("/api/v1/dossiers", PaddedBatch("CHUNKED"));

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("The body is larger than 4096 bytes", problem.Detail);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    /// <summary>
    /// Sends <paramref name="json"/> over a socket of its own as the one chunk of a chunked body, and never the chunk that would
    /// end it, then reads the answer. Without Content-Length the limit is met while the body is read, and the server answers
    /// before the body ends: a client still sending then (HttpClient sends the whole body first) had its connection reset by
    /// the server's close, often before it read the answer. This one has sent all it will before the server answers, so the
    /// server finds nothing unread when it closes, and the answer is there to read every time.
    /// </summary>
    private async Task<HttpResponseMessage> SendUnfinishedChunkedAsync(string path, string json)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(App.BaseAddress.Host, App.BaseAddress.Port, timeout.Token);
        await using var stream = new NetworkStream(socket);
        var body = Encoding.UTF8.GetBytes(json);
        var head = Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {App.BaseAddress.Authority}\r\nAuthorization: Bearer {KpiApp.AdminKey}\r\n" +
            $"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{body.Length:x}\r\n");
        await stream.WriteAsync(head.Concat(body).ToArray(), timeout.Token);
        try
        {
            return await ReadResponseAsync(stream, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No answer within 30 s to a chunked body of {body.Length} bytes, left unfinished: the server is still reading it.");
        }
    }

    /// <summary>An HTTP/1.1 answer as HttpClient would give it: status, content type and body (by Content-Length, or chunked).</summary>
    private static async Task<HttpResponseMessage> ReadResponseAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        async Task ReadUntilAsync(Func<bool> enough)
        {
            while (!enough())
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    throw new IOException($"The server closed the connection after {received.Count} bytes of its answer: {Encoding.UTF8.GetString([.. received])}");
                }

                received.AddRange(buffer.Take(read));
            }
        }

        var headEnd = -1;
        await ReadUntilAsync(() => (headEnd = IndexOf(received, "\r\n\r\n", 0)) >= 0);
        var head = Encoding.ASCII.GetString([.. received.Take(headEnd)]).Split("\r\n");
        var headers = head.Skip(1).Select(h => h.Split(':', 2)).ToDictionary(h => h[0], h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = new List<byte>();
        var at = headEnd + 4;
        if (headers.TryGetValue("Content-Length", out var length))
        {
            await ReadUntilAsync(() => received.Count >= at + int.Parse(length));
            body.AddRange(received.Skip(at).Take(int.Parse(length)));
        }
        else
        {
            // Chunked: a size in hex and CRLF, the chunk and CRLF, until a chunk of size 0.
            while (true)
            {
                var sizeEnd = -1;
                await ReadUntilAsync(() => (sizeEnd = IndexOf(received, "\r\n", at)) >= 0);
                var size = Convert.ToInt32(Encoding.ASCII.GetString([.. received.Skip(at).Take(sizeEnd - at)]), 16);
                if (size == 0)
                {
                    break;
                }

                await ReadUntilAsync(() => received.Count >= sizeEnd + 2 + size + 2);
                body.AddRange(received.Skip(sizeEnd + 2).Take(size));
                at = sizeEnd + 2 + size + 2;
            }
        }

        var response = new HttpResponseMessage((HttpStatusCode)int.Parse(head[0].Split(' ')[1])) { Content = new ByteArrayContent([.. body]) };
        response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(headers["Content-Type"]);
        return response;
    }

    private static int IndexOf(List<byte> bytes, string ascii, int from)
    {
        var pattern = Encoding.ASCII.GetBytes(ascii);
        for (var i = from; i <= bytes.Count - pattern.Length; i++)
        {
            if (pattern.Select((b, k) => bytes[i + k] == b).All(same => same))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Two valid rows carrying a field the app ignores, padded past 4096 bytes.</summary>
    private static string PaddedBatch(string prefix)
    {
        var padding = new string('x', 5000);
        return "[" + string.Join(",", Batch(prefix, 2).Select(d =>
        {
            var row = System.Text.Json.JsonSerializer.SerializeToNode(d)!.AsObject();
            row["note"] = padding;
            return row.ToJsonString();
        })) + "]";
    }
}

/// <summary>Writes are rate-limited per key: past the rate a request is a 429 problem with Retry-After, and stores nothing.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_WritesPerSecond_requests_get_429_with_retry_after_and_only_the_accepted_ones_are_stored()
    {
        await using var app = await KpiApp.StartAsync(StorageEngine.Sqlite, new Dictionary<string, string?> { ["RateLimits:WritesPerSecond"] = "2" });
        var key = await app.CreateKeyAsync("office", "01");
        using var office = app.Client(key);

        // Twelve one-dossier requests at once against a bucket of two a second.
        var ids = Enumerable.Range(1, 12).Select(i => $"RL-{i:00}").ToList();
        var responses = await Task.WhenAll(ids.Select(id => office.PostAsync("/api/v1/dossiers",
            Wire.Json([new DossierEvent("01", id, "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved")]))));

        var accepted = ids.Where((_, i) => responses[i].StatusCode == HttpStatusCode.OK).ToList();
        var refused = ids.Where((_, i) => responses[i].StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(ids.Count, accepted.Count + refused.Count);
        Assert.NotEmpty(accepted);
        Assert.NotEmpty(refused);
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests))
        {
            Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
            var problem = await response.ProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.Equal("Too many requests", problem.Title);
        }

        Assert.Equal(accepted.Count, await app.CountAsync("SELECT COUNT(*) FROM dossiers"));
        foreach (var id in refused)
        {
            Assert.Equal(0, await app.CountAsync($"SELECT COUNT(*) FROM dossiers WHERE dossier_id = '{id}'"));
        }

        using var admin = app.Client();
        Assert.Equal(accepted.Count, (await admin.ReadingAsync("01", "ontime", Samples.September)).Counts()["received"]);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
