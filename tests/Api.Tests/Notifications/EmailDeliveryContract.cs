using System.Net;
using System.Net.Http.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>Email: handed to a real SMTP server, in Vietnamese, with the figure, the target, the gap and a link to the province's page.</summary>
public abstract class EmailDeliveryContract(StorageEngine engine) : IAsyncLifetime
{
    private SmtpInbox _inbox = null!;
    private KpiApp _app = null!;

    public async Task InitializeAsync()
    {
        _inbox = await SmtpInbox.StartAsync();
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(
            ("Smtp:Host", "127.0.0.1"), ("Smtp:Port", _inbox.Port.ToString()), ("Smtp:From", "Theo dõi KPI <kpi@example.gov.vn>"), ("Smtp:Security", "None")));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _inbox.DisposeAsync();
    }

    [Fact]
    public async Task A_province_falling_behind_and_recovering_sends_one_Vietnamese_email_each()
    {
        using var admin = _app.Client();
        await admin.SubscribeAsync(new { channel = "email", target = "lanh-dao@haiphong.gov.vn", provinces = new[] { "31" }, indicators = new[] { "ontime" } });

        await admin.FallBehindAsync("31");
        await admin.SettledDeliveriesOfAsync("31", 1);
        await admin.RecoverAsync("31");
        Assert.All(await admin.SettledDeliveriesOfAsync("31", 2), d => Assert.Equal("sent", d.Text("status")));

        Assert.Equal(2, _inbox.Messages.Count);
        var (firing, recovered) = (_inbox.Messages[0], _inbox.Messages[1]);
        Assert.Equal("lanh-dao@haiphong.gov.vn", firing.To.Mailboxes.Single().Address);
        Assert.Equal("kpi@example.gov.vn", firing.From.Mailboxes.Single().Address);
        Assert.Equal("[KPI] Cảnh báo — thành phố Hải Phòng: Tỷ lệ hồ sơ giải quyết đúng hạn 50,00% (mục tiêu 95,00%)", firing.Subject);
        var text = firing.TextBody;
        Assert.Contains("Kết quả: 50,00%", text);
        Assert.Contains("Mục tiêu: 95,00%", text);
        Assert.Contains("Chênh lệch: thấp hơn mục tiêu 45 điểm phần trăm", text);
        Assert.Contains("Tình trạng: không đạt chỉ tiêu", text);
        Assert.Contains($"Xem trên bảng theo dõi: {NotificationKit.BoardUrl}/#/province/31?indicator=ontime", text);

        // 420 of 440 on time: over the target, and said so exactly.
        Assert.StartsWith("[KPI] Hết cảnh báo — thành phố Hải Phòng", recovered.Subject);
        Assert.Contains("Kết quả: 95,45%", recovered.TextBody);
        Assert.Contains("Chênh lệch: cao hơn mục tiêu 0,45 điểm phần trăm", recovered.TextBody);
        Assert.Contains("Tình trạng: đã đạt mục tiêu", recovered.TextBody);
    }

    [Fact]
    public async Task A_recovery_that_leaves_the_province_under_its_target_is_not_called_met()
    {
        using var admin = _app.Client();
        await admin.SubscribeAsync(new { channel = "email", target = "lanh-dao@haiphong.gov.vn", provinces = new[] { "31" } });
        await admin.FallBehindAsync("31");
        await admin.SettledDeliveriesOfAsync("31", 1);

        // 230 of 250 on time: 92 %, out of "behind" but under 95 %.
        await admin.PostResolvedAsync("31", onTime: 210, late: 0, prefix: "partly");
        await admin.SettledDeliveriesOfAsync("31", 2);

        var recovered = _inbox.Messages[1].TextBody;
        Assert.Contains("Kết quả: 92,00%", recovered);
        Assert.Contains("Tình trạng: không còn ở mức không đạt, vẫn dưới mục tiêu 95,00%", recovered);
        Assert.DoesNotContain("đã đạt", recovered);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Lãnh đạo <lanh-dao@haiphong.gov.vn>")]
    [InlineData("lanh-dao@haiphong.gov.vn, khac@haiphong.gov.vn")]
    public async Task An_email_target_that_is_not_one_plain_address_is_refused_naming_it(string target)
    {
        using var admin = _app.Client();
        var problem = await admin.PostAsJsonAsync("/api/v1/subscriptions", new { channel = "email", target }).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new FieldError(null, "target")], problem.Errors);
        Assert.Equal(0, await _app.CountAsync("SELECT COUNT(*) FROM subscriptions"));
    }
}

public sealed class EmailDeliveryOnSqlite() : EmailDeliveryContract(StorageEngine.Sqlite);

public sealed class EmailDeliveryOnPostgres() : EmailDeliveryContract(StorageEngine.Postgres);
