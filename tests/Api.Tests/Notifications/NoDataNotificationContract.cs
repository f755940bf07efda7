using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>
/// A province whose one-stop system stops syncing: once it has sent nothing for the NoData period its subscribers are
/// told so, by email and signed webhook, in words of their own ("Không nhận được dữ liệu hồ sơ từ ... kể từ ..."), and
/// told again when its next dossier arrives. Seconds stand for the day of production.
/// </summary>
public abstract class NoDataNotificationContract(StorageEngine engine) : IAsyncLifetime
{
    private SmtpInbox _inbox = null!;
    private WebhookReceiver _receiver = null!;
    private KpiApp _app = null!;

    public async Task InitializeAsync()
    {
        _inbox = await SmtpInbox.StartAsync();
        _receiver = await WebhookReceiver.StartAsync();
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(
            ("Alerts:NoDataFor", "00:00:03"), ("Smtp:Host", "127.0.0.1"), ("Smtp:Port", _inbox.Port.ToString()),
            ("Smtp:From", "kpi@example.gov.vn"), ("Smtp:Security", "None")));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _inbox.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_silent_feed_is_told_in_its_own_words_and_so_is_its_next_dossier()
    {
        using var admin = _app.Client();
        await admin.SubscribeAsync(new { channel = "email", target = "cntt@haiphong.gov.vn", provinces = new[] { "31" }, indicators = new[] { "ontime" } });
        var webhook = await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "31" }, indicators = new[] { "ontime" } });

        // Met (every dossier on time): the silence is the only thing there is to tell.
        await admin.PostResolvedAsync("31", onTime: 40, late: 0, prefix: "a");
        // The online-dossier rate's feed is the same dossiers: it falls silent too, unsubscribed here, in whichever order.
        var silent = await Poll.UntilAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray()
                .FirstOrDefault(a => a.Text("province") == "31" && a.Text("indicator") == "ontime"),
            a => a.ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(60), "the on-time rate's silence");
        Assert.Equal("no-data", silent.Text("state"));
        var lastFact = silent.GetProperty("lastFactAt").GetDateTimeOffset();
        await admin.SettledDeliveriesOfAsync("31", 2);

        (await admin.PostAsJsonAsync("/api/v1/dossiers", new[] { LiveMonth.Resolved("31", "b-0", late: false) })).EnsureSuccessStatusCode();
        Assert.All(await admin.SettledDeliveriesOfAsync("31", 4), d => Assert.Equal("sent", d.Text("status")));

        var local = VietnamTime.ToLocal(lastFact);
        var since = $"{local:HH:mm} {VietnameseText.Date(DateOnly.FromDateTime(local.DateTime))} (giờ Việt Nam)";
        Assert.Equal(
            [$"[KPI] Không nhận được dữ liệu hồ sơ từ thành phố Hải Phòng kể từ {since}", "[KPI] Đã nhận lại dữ liệu hồ sơ từ thành phố Hải Phòng"],
            _inbox.Messages.Select(m => m.Subject));
        Assert.Contains($"Lần nhận dữ liệu gần nhất: {since}", _inbox.Messages[0].TextBody);
        Assert.Contains("Tình trạng: không có dữ liệu mới; hệ thống một cửa có thể đã ngừng đồng bộ", _inbox.Messages[0].TextBody);
        Assert.DoesNotContain("Kết quả:", _inbox.Messages[0].TextBody);
        Assert.Contains("Tình trạng: đã nhận lại dữ liệu", _inbox.Messages[1].TextBody);

        var told = _receiver.Received.Select(r => Assert.Single(r.Json.GetProperty("alerts").EnumerateArray())).ToList();
        Assert.Equal([("firing", "no-data"), ("resolved", "no-data")], told.Select(a => (a.Text("change"), a.Text("kind"))));
        Assert.All(told, a => Assert.Equal(lastFact, a.GetProperty("lastFactAt").GetDateTimeOffset()));
        Assert.All(_receiver.Received, r => Assert.True(r.IsSignedWith(webhook.Secret!)));
    }
}

public sealed class NoDataNotificationOnSqlite() : NoDataNotificationContract(StorageEngine.Sqlite);

public sealed class NoDataNotificationOnPostgres() : NoDataNotificationContract(StorageEngine.Postgres);
