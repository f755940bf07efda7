using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiActors.TestSupport;

/// <summary>One webhook request as it arrived, and what the receiver answered.</summary>
public sealed record ReceivedWebhook(string? IdempotencyKey, string? Timestamp, string? Signature, byte[] Body, int Answered)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Checks the signature as a receiver following the README would: HMAC-SHA256 of "timestamp.body" with the secret.</summary>
    public bool IsSignedWith(string secret)
    {
        if (Timestamp is null || Signature is null || !long.TryParse(Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Timestamp + ".").Concat(Body).ToArray());
        return Signature == "sha256=" + Convert.ToHexStringLower(expected);
    }
}

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel, on a port of its own), keeping every request. What it answers is the
/// test's to decide, request by request; it may also hold a request unanswered until it is disposed.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _host;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly CancellationTokenSource _stopping = new();

    private WebhookReceiver(WebApplication host) => _host = host;

    /// <summary>The status to answer the request with; null holds it unanswered (its sender waits) until the receiver stops.</summary>
    public Func<ReceivedWebhook, int?> Answer { get; set; } = _ => StatusCodes.Status200OK;

    public Uri Url => new(_host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks/kpi");

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>The requests it accepted (2xx).</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _received.Where(r => r.Answered is >= 200 and < 300)];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var host = builder.Build();
        var receiver = new WebhookReceiver(host);
        host.MapPost("/hooks/kpi", receiver.ReceiveAsync);
        await host.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _host.StopAsync();
        await _host.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers;
        var request = new ReceivedWebhook(headers["Idempotency-Key"], headers["X-Kpi-Timestamp"], headers["X-Kpi-Signature"], body.ToArray(), 0);
        if (Answer(request) is not { } status)
        {
            _received.Enqueue(request);
            await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        _received.Enqueue(request with { Answered = status });
        context.Response.StatusCode = status;
    }
}
