using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>A real SMTP server on 127.0.0.1 (the SmtpServer package) that keeps every message it is handed, parsed.</summary>
public sealed class SmtpInbox : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Store _store = new();
    private Task _running = Task.CompletedTask;

    public int Port { get; private set; }

    public IReadOnlyList<MimeMessage> Messages => [.. _store.Messages];

    public static async Task<SmtpInbox> StartAsync()
    {
        var inbox = new SmtpInbox();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(inbox._store);
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0))).Build();
        inbox._running = new SmtpServer.SmtpServer(options, services).StartAsync(inbox._stopping.Token);
        inbox.Port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return inbox;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
