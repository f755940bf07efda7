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

    [Fact]
    public async Task A_new_key_with_the_old_one_named_previous_reseals_every_secret_so_the_old_key_can_then_be_dropped()
    {
        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", Key)));
        (string Id, string? Secret) subscription;
        using (var admin = _app.Client())
        {
            subscription = await admin.SubscribeAsync(new { channel = "webhook", target = _receiver.Url.AbsoluteUri, provinces = new[] { "31" } });
        }

        var sealedWithOldKey = (string)(await _app.ScalarAsync("SELECT secret FROM subscriptions"))!;
        var connectionString = _app.ConnectionString;
        await _app.DisposeAsync();
        var newKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _app = await KpiApp.StartAsync(engine,
            NotificationKit.Settings(("Notifications:SecretKey", newKey), ("Notifications:PreviousSecretKeys:0", Key)), connectionString);
        var resealed = (string)(await _app.ScalarAsync("SELECT secret FROM subscriptions"))!;
        Assert.StartsWith("aes-gcm:", resealed);
        Assert.NotEqual(sealedWithOldKey, resealed);
        await _app.DisposeAsync();

        _app = await KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", newKey)), connectionString);
        using var restarted = _app.Client();
        await restarted.FallBehindAsync("31");
        Assert.Equal("sent", Assert.Single(await restarted.SettledDeliveriesOfAsync("31", 1)).Text("status"));
        Assert.True(Assert.Single(_receiver.Received).IsSignedWith(subscription.Secret!));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public async Task A_key_that_is_not_32_bytes_in_base64_stops_the_app_from_starting_naming_the_setting(string key)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => KpiApp.StartAsync(engine, NotificationKit.Settings(("Notifications:SecretKey", key))));

        Assert.Contains(WebhookSecrets.KeyRequirement, error.ToString());
    }

    [Theory]
    [InlineData("c2hvcnQ=", true)]
    [InlineData("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", false)]
    public async Task Previous_keys_that_are_not_keys_or_have_no_key_to_reseal_with_stop_the_app_from_starting(string previousKey, bool besideAKey)
    {
        var settings = NotificationKit.Settings(("Notifications:PreviousSecretKeys:0", previousKey));
        if (besideAKey)
        {
            settings["Notifications:SecretKey"] = Key;
        }

        var error = await Assert.ThrowsAnyAsync<Exception>(() => KpiApp.StartAsync(engine, settings));

        Assert.Contains(WebhookSecrets.PreviousKeysRequirement, error.ToString());
    }
}

public sealed class WebhookSecretsOnSqlite() : WebhookSecretContract(StorageEngine.Sqlite);

public sealed class WebhookSecretsOnPostgres() : WebhookSecretContract(StorageEngine.Postgres);
