using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>POST|GET|DELETE /api/v1/subscriptions: who may subscribe to what, and what is refused, naming the field, changing nothing.</summary>
public abstract class SubscriptionContract(AppFixture fixture)
{
    private const string Subscriptions = "/api/v1/subscriptions";

    private KpiApp App => fixture.App;

    [Fact]
    public async Task A_webhook_subscription_shows_its_secret_once_and_covers_every_province_and_indicator_when_none_are_named()
    {
        using var viewer = App.Client(await App.CreateKeyAsync("viewer"));
        var created = await viewer.PostAsJsonAsync(Subscriptions, new { channel = "webhook", target = "https://hooks.example.vn/kpi" }).JsonAsync(HttpStatusCode.Created);
        var secret = created.Text("secret");
        Assert.Matches("^whsec_[0-9a-f]{64}$", secret);
        var subscription = created.GetProperty("subscription");
        Assert.Equal(("webhook", "https://hooks.example.vn/kpi", "immediate", "test viewer"),
            (subscription.Text("channel"), subscription.Text("target"), subscription.Text("delivery"), subscription.Text("createdBy")));
        Assert.Equal(34, subscription.GetProperty("provinces").GetArrayLength());
        Assert.Equal(4, subscription.GetProperty("indicators").GetArrayLength());

        var listed = await viewer.GetStringAsync(Subscriptions);
        Assert.Contains(subscription.Text("id"), listed);
        Assert.DoesNotContain(secret, listed);
    }

    [Fact]
    public async Task An_office_key_covers_its_own_provinces_and_is_refused_any_other_naming_the_field()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "79", "92"));
        var before = await App.CountAsync("SELECT COUNT(*) FROM subscriptions");
        var problem = await office.PostAsJsonAsync(Subscriptions, new { channel = "webhook", target = "https://hooks.example.vn/a", provinces = new[] { "79", "31" } })
            .ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal([new FieldError(null, "provinces")], problem.Errors);
        Assert.Contains("31", problem.Detail);
        Assert.Equal(before, await App.CountAsync("SELECT COUNT(*) FROM subscriptions"));

        var own = await office.PostAsJsonAsync(Subscriptions, new { channel = "webhook", target = "https://hooks.example.vn/b" }).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["79", "92"], own.GetProperty("subscription").GetProperty("provinces").EnumerateArray().Select(p => p.GetString()!).ToArray());
    }

    [Theory]
    [InlineData("""{"channel":"sms","target":"0900000000"}""", "channel")]
    [InlineData("""{"channel":"webhook"}""", "target")]
    [InlineData("""{"channel":"webhook","target":"ftp://hooks.example.vn/kpi"}""", "target")]
    [InlineData("""{"channel":"webhook","target":"/relative"}""", "target")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn/\u0000"}""", "target")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn","provinces":["Atlantis"]}""", "provinces")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn","provinces":[null]}""", "provinces")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn","indicators":["speed"]}""", "indicators")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn","delivery":"weekly"}""", "delivery")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn","delivery":"digest"}""", "digestHour")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn","delivery":"digest","digestHour":24}""", "digestHour")]
    [InlineData("""{"channel":"webhook","target":"https://h.vn","digestHour":8}""", "digestHour")]
    public async Task A_bad_subscription_is_refused_naming_the_field_and_stores_nothing(string body, string field)
    {
        using var admin = App.Client();
        var before = await App.CountAsync("SELECT COUNT(*) FROM subscriptions");
        var problem = await admin.PostAsync(Subscriptions, new StringContent(body, System.Text.Encoding.UTF8, "application/json")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new FieldError(null, field)], problem.Errors);
        Assert.Equal(before, await App.CountAsync("SELECT COUNT(*) FROM subscriptions"));
    }

    [Fact]
    public async Task A_key_lists_and_removes_only_its_own_subscriptions_and_an_admin_any()
    {
        using var first = App.Client(await App.CreateKeyAsync("viewer"));
        using var second = App.Client(await App.CreateKeyAsync("viewer"));
        using var admin = App.Client();
        var (mine, _) = await first.SubscribeAsync(new { channel = "webhook", target = "https://hooks.example.vn/mine", delivery = "digest", digestHour = 7 });
        var (theirs, _) = await second.SubscribeAsync(new { channel = "webhook", target = "https://hooks.example.vn/theirs" });

        var listed = await first.GetFromJsonAsync<JsonElement>(Subscriptions);
        var only = Assert.Single(listed.EnumerateArray());
        Assert.Equal((mine, "digest", 7), (only.Text("id"), only.Text("delivery"), only.GetProperty("digestHour").GetInt32()));
        var notFound = await first.DeleteAsync($"{Subscriptions}/{theirs}").ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([new FieldError(null, "id")], notFound.Errors);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Subscriptions}/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync($"{Subscriptions}/{mine}")).StatusCode);
        Assert.Equal(0, (await first.GetFromJsonAsync<JsonElement>(Subscriptions)).GetArrayLength());
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>(Subscriptions)).EnumerateArray(), s => s.Text("id") == mine || s.Text("id") == theirs);
    }

    [Fact]
    public async Task Email_is_refused_while_no_SMTP_server_is_set_and_deliveries_are_for_admins_only()
    {
        using var admin = App.Client();
        var problem = await admin.PostAsJsonAsync(Subscriptions, new { channel = "email", target = "a@b.vn" }).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new FieldError(null, "channel")], problem.Errors);
        Assert.Contains("Smtp:Host", problem.Detail);

        using var viewer = App.Client(await App.CreateKeyAsync("viewer"));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/alerts/1/deliveries")).StatusCode);
        using var anonymous = App.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Subscriptions)).StatusCode);
        var missing = await admin.GetAsync("/api/v1/alerts/999999/deliveries").ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([new FieldError(null, "id")], missing.Errors);
    }
}

public sealed class SubscriptionsOnSqlite(SqliteApp fixture) : SubscriptionContract(fixture), IClassFixture<SqliteApp>;

public sealed class SubscriptionsOnPostgres(PostgresApp fixture) : SubscriptionContract(fixture), IClassFixture<PostgresApp>;
