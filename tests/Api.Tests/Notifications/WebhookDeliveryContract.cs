using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>Webhooks: signed JSON, through the outbox, retried while the receiver refuses, received once per subscription and alert.</summary>
public abstract class WebhookDeliveryContract(StorageEngine engine) : IAsyncLifetime
{
    private KpiApp _app = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Every_alert_reaches_each_covering_webhook_exactly_once_signed_after_the_receiver_refused_for_a_while()
    {
        // The first 6 requests are refused, whichever they are: some deliveries need several attempts.
        var refused = 0;
        _receiver.Answer = _ => Interlocked.Increment(ref refused) <= 6 ? 503 : 200;
        using var admin = _app.Client();
        var url = _receiver.Url.AbsoluteUri;
        var both = await admin.SubscribeAsync(new { channel = "webhook", target = url, provinces = new[] { "31", "79" }, indicators = new[] { "ontime" } });
        var haiPhong = await admin.SubscribeAsync(new { channel = "webhook", target = url, provinces = new[] { "Hải Phòng" } });
        var elsewhere = await admin.SubscribeAsync(new { channel = "webhook", target = url, provinces = new[] { "01" } });
        var secrets = new Dictionary<string, string> { [both.Id] = both.Secret!, [haiPhong.Id] = haiPhong.Secret!, [elsewhere.Id] = elsewhere.Secret! };

        await admin.FallBehindAsync("31");
        await admin.FallBehindAsync("79");
        // Recovering only once it has fired: a province that recovers within the pending period never fires at all.
        await admin.SettledDeliveriesOfAsync("31", 2);
        await admin.RecoverAsync("31");
        var deliveries = (await admin.SettledDeliveriesOfAsync("31", 4)).Concat(await admin.SettledDeliveriesOfAsync("79", 1)).ToList();

        // Exactly once per (subscription, alert, change), by idempotency id: five deliveries, each accepted once.
        var accepted = _receiver.Accepted;
        Assert.Equal(accepted.Count, accepted.Select(r => r.IdempotencyKey).Distinct().Count());
        var delivered = accepted.SelectMany(r => r.Json.GetProperty("alerts").EnumerateArray()
            .Select(a => (r.Json.Text("subscriptionId"), a.Text("province"), a.Text("change")))).Order().ToList();
        Assert.Equal(
            new[]
            {
                (both.Id, "31", "firing"), (both.Id, "79", "firing"), (both.Id, "31", "resolved"),
                (haiPhong.Id, "31", "firing"), (haiPhong.Id, "31", "resolved"),
            }.Order().ToList(),
            delivered);

        // Every request, refused or not, is signed with its subscription's secret; a retry carries its delivery's id.
        Assert.All(_receiver.Received, r => Assert.True(r.IsSignedWith(secrets[r.Json.Text("subscriptionId")]), $"bad signature on {r.IdempotencyKey}"));
        Assert.Equal(6, _receiver.Received.Count(r => r.Answered == 503));
        Assert.All(_receiver.Received, r => Assert.Contains(accepted, a => a.IdempotencyKey == r.IdempotencyKey));
        Assert.All(accepted, r => Assert.Equal(r.IdempotencyKey, r.Json.Text("deliveryId")));
        Assert.Equal(deliveries.Select(d => d.Text("id")).Order(), accepted.Select(r => r.IdempotencyKey!).Order());

        // What admins see: each delivery sent, its attempts those the receiver saw, the refusals as its last error.
        Assert.All(deliveries, d => Assert.Equal("sent", d.Text("status")));
        Assert.Equal(_receiver.Received.Count, deliveries.Sum(d => d.GetProperty("attempts").GetInt32()));
        foreach (var delivery in deliveries)
        {
            var requests = _receiver.Received.Count(r => r.IdempotencyKey == delivery.Text("id"));
            Assert.Equal(requests, delivery.GetProperty("attempts").GetInt32());
            if (requests > 1)
            {
                Assert.Contains("503", delivery.Text("lastError"));
            }
        }

        // The body tells the figure, target and gap, with a link to the province's page of the board.
        var firing = accepted.Select(r => r.Json).First(j => j.Text("subscriptionId") == haiPhong.Id && j.GetProperty("alerts")[0].Text("change") == "firing")
            .GetProperty("alerts")[0];
        Assert.Equal(("31", "Hải Phòng", "ontime", LiveMonth.Period), (firing.Text("province"), firing.Text("provinceName"), firing.Text("indicator"), firing.Text("period")));
        Assert.Equal(0.5, firing.GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.95, firing.GetProperty("target").GetDouble(), 12);
        Assert.Equal(-0.45, firing.GetProperty("gap").GetDouble(), 12);
        Assert.Equal("behind", firing.Text("status"));
        Assert.Equal($"{NotificationKit.BoardUrl}/#/province/31?indicator=ontime", firing.Text("boardUrl"));
    }

    [Fact]
    public async Task A_delivery_cut_off_by_a_graceful_stop_is_sent_by_the_next_start_without_waiting_for_its_lease()
    {
        var held = new TaskCompletionSource<ReceivedWebhook>(TaskCreationOptions.RunContinuationsAsynchronously);
        _receiver.Answer = request =>
        {
            held.TrySetResult(request);
            return null;
        };
        (string Id, string? Secret) subscription;
        using (var admin = _app.Client())
        {
            subscription = await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "33" } });
            await admin.FallBehindAsync("33");
        }

        var cutOff = await held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var connectionString = _app.ConnectionString;
        await _app.DisposeAsync();
        _receiver.Answer = _ => 200;

        // The lease (2 minutes by default) is longer than the wait below: only a lease given back lets the restart send it.
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(), connectionString);
        using var restarted = _app.Client();
        var alert = (await restarted.AlertsOfAsync("33", 1))[0].GetProperty("id").GetInt64();
        var delivery = Assert.Single(await restarted.SettledDeliveriesAsync(alert, 1));
        Assert.Equal(("sent", 2, cutOff.IdempotencyKey), (delivery.Text("status"), delivery.GetProperty("attempts").GetInt32(), delivery.Text("id")));
        var accepted = Assert.Single(_receiver.Accepted);
        Assert.Equal(cutOff.IdempotencyKey, accepted.IdempotencyKey);
        Assert.True(accepted.IsSignedWith(subscription.Secret!));
    }

    [Fact]
    public async Task A_removed_subscription_is_sent_nothing_more_and_its_pending_delivery_is_cancelled()
    {
        _receiver.Answer = _ => 503;
        using var admin = _app.Client();
        var subscription = await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "96" } });
        await admin.FallBehindAsync("96");
        var alert = (await admin.AlertsOfAsync("96", 1))[0].GetProperty("id").GetInt64();
        await Poll.UntilAsync(() => Task.FromResult(_receiver.Received.Count), n => n >= 1, TimeSpan.FromSeconds(60), "a first attempt");

        (await admin.DeleteAsync($"/api/v1/subscriptions/{subscription.Id}")).EnsureSuccessStatusCode();
        var delivery = Assert.Single(await admin.SettledDeliveriesAsync(alert, 1));
        Assert.Equal("cancelled", delivery.Text("status"));
        Assert.Equal(_receiver.Received.Count, delivery.GetProperty("attempts").GetInt32());
    }
}

public sealed class WebhookDeliveryOnSqlite() : WebhookDeliveryContract(StorageEngine.Sqlite);

public sealed class WebhookDeliveryOnPostgres() : WebhookDeliveryContract(StorageEngine.Postgres);
