using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>What happens over hours and days, on a clock the test moves: retries that back off for a day then give up, and daily digests.</summary>
public abstract class DeliveryClockContract(StorageEngine engine) : IAsyncLifetime
{
    // Whole seconds: PostgreSQL keeps instants to the microsecond, and the test compares the times it reads back with the clock.
    private readonly ManualClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private KpiApp _app = null!;
    private WebhookReceiver _receiver = null!;
    private SmtpInbox _inbox = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _inbox = await SmtpInbox.StartAsync();
        // The defaults of backoff and giving up: the clock, not the test, takes the day.
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(
            ("Notifications:FirstRetryAfter", "00:00:30"), ("Smtp:Host", "127.0.0.1"), ("Smtp:Port", _inbox.Port.ToString()),
            ("Smtp:From", "kpi@example.gov.vn"), ("Smtp:Security", "None"),
            // The clock jumps weeks ahead with no dossier sent meanwhile: that silence is not what these tests are about.
            ("Alerts:NoDataFor", "60.00:00:00")), clock: _clock);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _receiver.DisposeAsync();
        await _inbox.DisposeAsync();
    }

    [Fact]
    public async Task A_receiver_that_stays_down_is_retried_with_doubling_waits_for_24_hours_then_given_up()
    {
        _receiver.Answer = _ => 503;
        using var admin = _app.Client();
        await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "92" } });
        var start = _clock.GetUtcNow();
        await admin.FallBehindAsync("92");
        var alert = (await admin.AlertsOfAsync("92", 1))[0].GetProperty("id").GetInt64();

        // Each retry is made when the clock reaches the next attempt the delivery shows, and not before.
        var attemptsAt = new List<TimeSpan>();
        JsonElement delivery;
        while (true)
        {
            var attempts = attemptsAt.Count + 1;
            delivery = await Poll.UntilAsync(async () => (await admin.DeliveriesAsync(alert)).SingleOrDefault(),
                d => d.ValueKind == JsonValueKind.Object && d.GetProperty("attempts").GetInt32() == attempts && d.Text("lastError") is not null && d.GetProperty("lastAttemptAt").GetDateTimeOffset() == _clock.GetUtcNow(),
                TimeSpan.FromSeconds(60), $"attempt {attempts}");
            attemptsAt.Add(_clock.GetUtcNow() - start);
            if (delivery.Text("status") != "pending")
            {
                break;
            }

            _clock.Set(delivery.GetProperty("nextAttemptAt").GetDateTimeOffset());
        }

        // 30 s, doubled after each failure up to an hour, then hourly, and a last attempt when the 24 hours are up.
        var expected = new List<TimeSpan> { TimeSpan.Zero };
        var wait = TimeSpan.FromSeconds(30);
        while (expected[^1] < TimeSpan.FromHours(24))
        {
            expected.Add(expected[^1] + wait < TimeSpan.FromHours(24) ? expected[^1] + wait : TimeSpan.FromHours(24));
            wait = wait * 2 < TimeSpan.FromHours(1) ? wait * 2 : TimeSpan.FromHours(1);
        }

        Assert.Equal(expected, attemptsAt);
        Assert.Equal("failed", delivery.Text("status"));
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("nextAttemptAt").ValueKind);
        Assert.Contains("503", delivery.Text("lastError"));
        Assert.Equal(start + TimeSpan.FromHours(24), delivery.GetProperty("giveUpAt").GetDateTimeOffset());
        Assert.Equal(expected.Count, _receiver.Received.Count);
        Assert.Single(_receiver.Received.Select(r => r.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task An_alert_still_firing_when_its_month_ends_is_ended_by_an_email_that_says_the_month_ended_behind()
    {
        using var admin = _app.Client();
        await admin.SubscribeAsync(new { channel = "email", target = "lanh-dao@haiphong.gov.vn", provinces = new[] { "31" }, indicators = new[] { "ontime" } });
        await admin.FallBehindAsync("31");
        await admin.SettledDeliveriesOfAsync("31", 1);

        _clock.Set(LiveMonth.Start.AddMonths(1).AddMinutes(5));
        // The grain acts on its passed deadline when it next judges: a dossier that moves no rate makes it judge.
        (await admin.PostAsJsonAsync("/api/v1/dossiers", new[] { LiveMonth.InProgress("31", "nudge") })).EnsureSuccessStatusCode();
        Assert.All(await admin.SettledDeliveriesOfAsync("31", 2), d => Assert.Equal("sent", d.Text("status")));

        Assert.Equal(2, _inbox.Messages.Count);
        var ended = _inbox.Messages[1];
        Assert.Equal("[KPI] Hết cảnh báo — thành phố Hải Phòng: Tỷ lệ hồ sơ giải quyết đúng hạn 50,00% (mục tiêu 95,00%)", ended.Subject);
        Assert.Contains($"Kỳ: tháng {LiveMonth.Today:MM} năm {LiveMonth.Today:yyyy}", ended.TextBody);
        Assert.Contains("Kết quả: 50,00%", ended.TextBody);
        Assert.Contains("Tình trạng: kỳ báo cáo đã kết thúc, không đạt chỉ tiêu", ended.TextBody);
        Assert.DoesNotContain("đã đạt", ended.TextBody);
    }

    [Fact]
    public async Task A_digest_subscription_gets_the_alerts_of_its_day_together_at_its_hour_in_Vietnam()
    {
        using var admin = _app.Client();
        // Two hours on in Vietnam, on the hour: one to two hours from now.
        var hour = _clock.GetUtcNow().ToOffset(RecountRules.Vietnam).AddHours(2).Hour;
        var digest = await admin.SubscribeAsync(new
        {
            channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "04", "46" }, indicators = new[] { "ontime" }, delivery = "digest", digestHour = hour,
        });
        await admin.SubscribeAsync(new { channel = "email", target = "so-tt@example.gov.vn", provinces = new[] { "04", "46" }, delivery = "digest", digestHour = hour });
        await admin.FallBehindAsync("04");
        await admin.FallBehindAsync("46");
        var alerts = new[] { (await admin.AlertsOfAsync("04", 1))[0].GetProperty("id").GetInt64(), (await admin.AlertsOfAsync("46", 1))[0].GetProperty("id").GetInt64() };

        // Both alerts wait in one delivery per subscription, due at the hour, nothing attempted.
        var waiting = await Poll.UntilAsync(async () => (await Task.WhenAll(alerts.Select(admin.DeliveriesAsync))).SelectMany(d => d).ToList(),
            d => d.Count == 4, TimeSpan.FromSeconds(60), "the alerts to fire");
        Assert.Equal(2, waiting.Select(d => d.Text("id")).Distinct().Count());
        var due = waiting[0].GetProperty("nextAttemptAt").GetDateTimeOffset();
        Assert.Equal((hour, 0, 0), (due.ToOffset(RecountRules.Vietnam).Hour, due.Minute, due.Second));
        Assert.InRange(due - _clock.GetUtcNow(), TimeSpan.FromHours(1), TimeSpan.FromHours(2));
        Assert.All(waiting, d => Assert.Equal((true, "pending", 0), (d.GetProperty("digest").GetBoolean(), d.Text("status"), d.GetProperty("attempts").GetInt32())));

        _clock.Set(due);
        var sent = await admin.SettledDeliveriesAsync(alerts[0], 2);
        Assert.All(sent, d => Assert.Equal("sent", d.Text("status")));
        var received = Assert.Single(_receiver.Received);
        Assert.True(received.IsSignedWith(digest.Secret!));
        Assert.True(received.Json.GetProperty("digest").GetBoolean());
        Assert.Equal(alerts, received.Json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).ToArray());
        var email = Assert.Single(_inbox.Messages);
        Assert.Equal("[KPI] Tổng hợp cảnh báo: 2 cảnh báo mới, 0 đã hết cảnh báo", email.Subject);
        Assert.Contains("Cảnh báo — tỉnh Cao Bằng", email.TextBody);
        Assert.Contains("Cảnh báo — thành phố Huế", email.TextBody);
    }
}

public sealed class DeliveryClockOnSqlite() : DeliveryClockContract(StorageEngine.Sqlite);

public sealed class DeliveryClockOnPostgres() : DeliveryClockContract(StorageEngine.Postgres);
