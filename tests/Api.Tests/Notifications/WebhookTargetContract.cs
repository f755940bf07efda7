using System.Net;
using System.Net.Http.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>
/// Webhooks go to public receivers unless the operator allows private ones: any key may subscribe one, and must not be
/// able to make the servers post to their own loopback, the private network or a cloud's metadata address.
/// </summary>
public sealed class WebhookTargetContract : IAsyncLifetime
{
    private KpiApp _app = null!;

    public async Task InitializeAsync()
    {
        var settings = NotificationKit.Settings();
        settings.Remove("Notifications:AllowPrivateWebhookTargets");
        _app = await KpiApp.StartAsync(StorageEngine.Sqlite, settings);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("http://127.0.0.1:9/kpi", "127.0.0.1")]
    [InlineData("http://[::1]:9/kpi", "::1")]
    [InlineData("http://169.254.169.254/latest/meta-data", "169.254.169.254")]
    [InlineData("https://10.0.0.5/hooks", "10.0.0.5")]
    public async Task A_webhook_to_a_private_address_is_refused_naming_the_target(string target, string address)
    {
        using var office = _app.Client(await _app.CreateKeyAsync("office", "31"));
        var problem = await office.PostAsJsonAsync("/api/v1/subscriptions", new { channel = "webhook", target }).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new FieldError(null, "target")], problem.Errors);
        Assert.Contains($"points at {address}", problem.Body.ToString());
        Assert.Equal(0, await _app.CountAsync("SELECT COUNT(*) FROM subscriptions"));
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_loopback_is_never_posted_to_and_the_delivery_says_why()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var admin = _app.Client();
        await admin.SubscribeAsync(new { channel = "webhook", target = $"http://localhost:{receiver.Url.Port}/hooks/kpi" });

        await admin.FallBehindAsync("31");
        var alert = (await admin.AlertsOfAsync("31", 1))[0];
        var delivery = await Poll.UntilAsync(
            () => admin.DeliveriesAsync(alert.GetProperty("id").GetInt64()),
            d => d.Count == 1 && d[0].GetProperty("attempts").GetInt32() >= 2, TimeSpan.FromSeconds(60), "two refused attempts");

        Assert.Contains("localhost resolves only to loopback, private or link-local addresses", delivery[0].Text("lastError"));
        Assert.Empty(receiver.Received);
    }
}
