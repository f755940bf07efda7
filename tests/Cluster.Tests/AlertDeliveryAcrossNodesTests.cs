using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// Both nodes look for alerts due to fire and both send what the outbox holds: an alert that fires on a cluster reaches a
/// subscriber's webhook once, whichever node the batch came to and whichever node fires it or sends it.
/// </summary>
public sealed class AlertDeliveryAcrossNodesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Alerts_firing_on_a_two_node_cluster_reach_the_subscribers_webhook_once_each()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var cluster = await KpiCluster.StartAsync(2, output, new Dictionary<string, string?>
        {
            ["Alerts:PendingFor"] = "00:00:01",
            ["Notifications:PollEvery"] = "00:00:00.100",
            // The receiver listens on loopback, which webhooks may not reach otherwise.
            ["Notifications:AllowPrivateWebhookTargets"] = "true",
            // Secrets sealed by the node that took the subscription, opened by whichever node sends.
            ["Notifications:SecretKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        string secret;
        using (var admin = a.Client())
        using (var created = await admin.PostAsJsonAsync("/api/v1/subscriptions",
            new { channel = "webhook", target = receiver.Url, provinces = new[] { "79", "48" }, indicators = new[] { "ontime" } }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            secret = Text(await created.Content.ReadFromJsonAsync<JsonElement>(), "secret")!;
        }

        // One province falls behind through node A; once its alert has arrived, the other through node B. The second
        // arrives after both nodes have looked at the first alert and at the outbox several times over.
        await a.PostDossiersAsync(LiveTraffic.Behind("79"));
        await Poll.UntilAsync(() => Task.FromResult(receiver.Received.Count >= 1), Deadline, "the first alert's webhook");
        await b.PostDossiersAsync(LiveTraffic.Behind("48"));
        await Poll.UntilAsync(() => Task.FromResult(receiver.Received.Count >= 2), Deadline, "the second alert's webhook");

        var delivered = receiver.Received.Select(r => (r.IdempotencyKey, Alert: Assert.Single(r.Json.GetProperty("alerts").EnumerateArray()))).ToList();
        Assert.Equal([("79", "firing"), ("48", "firing")], delivered.Select(d => (Text(d.Alert, "province"), Text(d.Alert, "change"))));
        Assert.Equal(2, delivered.Select(d => d.IdempotencyKey).Distinct().Count());
        Assert.All(receiver.Received, r => Assert.Equal((200, true), (r.Answered, r.IsSignedWith(secret))));

        // Either node's record agrees: one alert per province, each with one delivery, sent at its first attempt.
        using var client = b.Client();
        var alerts = (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray().ToList();
        Assert.Equal(["48", "79"], alerts.Select(alert => Text(alert, "province")).Order());
        foreach (var alert in alerts)
        {
            var deliveries = await client.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alert.GetProperty("id").GetInt64()}/deliveries");
            var delivery = Assert.Single(deliveries.EnumerateArray());
            Assert.Equal(("sent", 1), (Text(delivery, "status"), delivery.GetProperty("attempts").GetInt32()));
            Assert.Contains(Text(delivery, "id"), delivered.Select(d => d.IdempotencyKey));
        }
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
