using System.Security.Cryptography;
using System.Text.Json;
using KpiActors.Api.Notifications;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Notifications;

/// <summary>
/// Webhook secrets at rest: sealed with Notifications:SecretKey, so that the database alone does not hold them, while every
/// delivery is still signed with the secret the subscriber was given.
/// </summary>
public abstract class WebhookSecretContract(StorageEngine engine) : IAsyncLifetime
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private KpiApp? _app;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_secret_is_stored_sealed_and_deliveries_are_signed_with_the_secret_the_subscriber_was_given()
    {
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", Key)));
        using var admin = _app.Client();
        var subscription = await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "31" } });

        var stored = (string)(await _app.ScalarAsync("SELECT secret FROM subscriptions"))!;
        Assert.StartsWith("aes-gcm:", stored);
        Assert.DoesNotContain(subscription.Secret!, stored);
        Assert.DoesNotContain(subscription.Secret!["whsec_".Length..], stored);

        await admin.FallBehindAsync("31");
        Assert.Equal("sent", Assert.Single(await admin.SettledDeliveriesOfAsync("31", 1)).Text("status"));
        Assert.True(Assert.Single(_receiver.Received).IsSignedWith(subscription.Secret!));
    }

    [Fact]
    public async Task Secrets_stored_before_the_key_was_set_are_sealed_by_the_next_start_with_it_and_still_sign()
    {
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings());
        (string Id, string? Secret) subscription;
        using (var admin = _app.Client())
        {
            subscription = await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "31" } });
        }

        Assert.Equal(subscription.Secret, await _app.ScalarAsync("SELECT secret FROM subscriptions"));
        var connectionString = _app.ConnectionString;
        await _app.DisposeAsync();

        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", Key)), connectionString);
        Assert.StartsWith("aes-gcm:", (string)(await _app.ScalarAsync("SELECT secret FROM subscriptions"))!);
        using var restarted = _app.Client();
        await restarted.FallBehindAsync("31");
        Assert.Equal("sent", Assert.Single(await restarted.SettledDeliveriesOfAsync("31", 1)).Text("status"));
        Assert.True(Assert.Single(_receiver.Received).IsSignedWith(subscription.Secret!));
    }

    [Fact]
    public async Task A_node_with_another_key_sends_nothing_signed_wrong_and_the_delivery_says_why()
    {
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", Key)));
        using (var admin = _app.Client())
        {
            await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "31" } });
        }

        var connectionString = _app.ConnectionString;
        await _app.DisposeAsync();
        var otherKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", otherKey)), connectionString);
        using var restarted = _app.Client();
        await restarted.FallBehindAsync("31");

        var alert = (await restarted.AlertsOfAsync("31", 1))[0].GetProperty("id").GetInt64();
        var delivery = await Poll.UntilAsync(async () => (await restarted.DeliveriesAsync(alert)).SingleOrDefault(),
            // A claim counts the attempt before it is made; its error is written once it has failed.
            d => d.ValueKind == JsonValueKind.Object && d.Text("lastError") is not null, TimeSpan.FromSeconds(60), "a first failed attempt");
        Assert.StartsWith("the webhook's secret was sealed with another Notifications:SecretKey than this node's", delivery.Text("lastError"));
        Assert.Empty(_receiver.Received);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public async Task A_key_that_is_not_32_bytes_in_base64_stops_the_app_from_starting_naming_the_setting(string key)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", key))));

        Assert.Contains(WebhookSecrets.KeyRequirement, error.ToString());
    }
}

public sealed class SqliteWebhookSecretTests() : WebhookSecretContract(StorageEngine.Sqlite);

public sealed class PostgresWebhookSecretTests() : WebhookSecretContract(StorageEngine.Postgres);
