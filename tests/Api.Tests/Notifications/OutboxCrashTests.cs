using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>
/// The outbox survives a SIGKILL of the app between an alert and its delivery: the app is killed while the receiver
/// holds the first attempt unanswered, and after the restart the same delivery arrives, under the same id, once.
/// </summary>
public abstract class OutboxCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ProcessLog _log = new();
    private WebhookReceiver _receiver = null!;

    protected abstract StorageEngine Engine { get; }

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        output.WriteLine(_log.ToString());
    }

    [Fact]
    public async Task A_delivery_cut_off_by_a_kill_is_sent_after_the_restart_once_under_the_same_id()
    {
        var connectionString = await Engine.NewDatabaseAsync();
        // A short lease, so that the restarted node takes over the delivery its dead self held within seconds.
        var settings = NotificationKit.Settings(("Notifications:Lease", "00:00:03"));

        var held = new TaskCompletionSource<ReceivedWebhook>(TaskCreationOptions.RunContinuationsAsynchronously);
        _receiver.Answer = request =>
        {
            held.TrySetResult(request);
            return null;
        };

        using var app = await AppProcess.StartAsync("app", Engine, connectionString, settings, _log);
        string secret;
        using (var client = app.Client())
        {
            secret = (await client.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "48" } })).Secret!;
            await client.FallBehindAsync("48");
        }

        var cutOff = await held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        app.Kill();
        _receiver.Answer = _ => 200;

        // The same node again, on the same silo ports (see CrashSafetyTests).
        await app.StartAsync();
        using var admin = app.Client();
        var alert = Assert.Single(await admin.AlertsOfAsync("48", 1)).GetProperty("id").GetInt64();
        var delivery = Assert.Single(await admin.SettledDeliveriesAsync(alert, 1));

        Assert.Equal(("sent", 2, cutOff.IdempotencyKey), (delivery.Text("status"), delivery.GetProperty("attempts").GetInt32(), delivery.Text("id")));
        Assert.Equal("the node sending it stopped before it finished; sent again", delivery.Text("lastError"));
        var accepted = Assert.Single(_receiver.Accepted);
        Assert.Equal(cutOff.IdempotencyKey, accepted.IdempotencyKey);
        Assert.True(accepted.IsSignedWith(secret));
        Assert.Equal(alert, Assert.Single(accepted.Json.GetProperty("alerts").EnumerateArray()).GetProperty("id").GetInt64());
    }
}

public sealed class OutboxCrashOnSqlite(ITestOutputHelper output) : OutboxCrashTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Sqlite;
}

public sealed class OutboxCrashOnPostgres(ITestOutputHelper output) : OutboxCrashTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Postgres;
}
