using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// Alerts kept by the grains that own the figures, on three real nodes sharing one PostgreSQL, told to a real webhook
/// receiver: a province behind for the pending period fires once, whichever node holds its grain; a pending alert whose
/// node is killed fires once on a survivor, its reminder taken over with the dead node's range of the ring; a province
/// whose feed stops fires NoData once and resolves on its next dossier.
/// </summary>
public sealed class GrainOwnedAlertsTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PendingFor = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task Alerts_fire_once_on_a_three_node_cluster_even_when_the_node_holding_a_pending_one_is_killed_and_a_silent_feed_fires_no_data_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var cluster = await KpiCluster.StartAsync(3, output, new Dictionary<string, string?>
        {
            ["Alerts:PendingFor"] = PendingFor.ToString(),
            ["Alerts:KeepFiringFor"] = "00:10:00",
            // Only the online-dossier rate watches its feed here, for ten seconds: the on-time alerts are about falling behind.
            ["Alerts:NoDataForIndicator:online-dossier"] = "00:00:10",
            ["Alerts:NoDataForIndicator:ontime"] = "off",
            ["Notifications:PollEvery"] = "00:00:00.100",
            ["Notifications:AllowPrivateWebhookTargets"] = "true",
            ["Notifications:SecretKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var behindSecret = await SubscribeAsync(a, new { channel = "webhook", target = receiver.Url, provinces = new[] { "79", "48" }, indicators = new[] { "ontime" } });
        var feedSecret = await SubscribeAsync(b, new { channel = "webhook", target = receiver.Url, provinces = new[] { "33" }, indicators = new[] { "online-dossier" } });

        // Hồ Chí Minh falls behind through node A: after the pending period, one firing, from whichever node holds its grain.
        await a.PostDossiersAsync(LiveTraffic.Behind("79"));
        await Poll.UntilAsync(() => Task.FromResult(Told(receiver, "79").Count), n => n == 1, PendingFor + TimeSpan.FromSeconds(30), "Hồ Chí Minh's firing");

        // Đà Nẵng falls behind through node B; the node holding its grain dies while its alert is pending.
        await b.PostDossiersAsync(LiveTraffic.Behind("48"));
        AppProcess holder;
        await using (var placement = await GrainPlacement.ConnectAsync(cluster))
        {
            holder = await placement.NodeRunningAsync(cluster.Nodes, new IndicatorKey("48", Indicators.OnTimeId));
        }

        var survivor = cluster.Nodes.First(n => n != holder);
        using (var client = survivor.Client())
        {
            Assert.Equal("pending", (await AlertOfAsync(client, "48", "ontime")).GetProperty("state").GetString());
        }

        var killedAt = Stopwatch.StartNew();
        holder.Kill();
        await Poll.UntilAsync(() => Task.FromResult(Told(receiver, "48").Count), n => n == 1, PendingFor + TimeSpan.FromSeconds(30), "Đà Nẵng's firing after its node died");
        output.WriteLine($"{holder.Name} held Đà Nẵng's grain; its alert fired {killedAt.Elapsed.TotalSeconds:0.0} s after the kill.");

        // Huế's one-stop system sends a dossier, then nothing for ten seconds: NoData, once; its next dossier resolves it.
        await survivor.PostDossiersAsync([LiveMonth.Resolved("33", "hue-1", late: false)]);
        await Poll.UntilAsync(() => Task.FromResult(Told(receiver, "33").Count), n => n == 1, TimeSpan.FromSeconds(60), "Huế's silence");
        await survivor.PostDossiersAsync([LiveMonth.Resolved("33", "hue-2", late: false)]);
        await Poll.UntilAsync(() => Task.FromResult(Told(receiver, "33").Count), n => n == 2, TimeSpan.FromSeconds(60), "Huế's data back");

        // Everything told, once each, signed with the secret of the subscription that covers it, however many nodes sent.
        Assert.Equal([("79", "firing", "behind")], Told(receiver, "79"));
        Assert.Equal([("48", "firing", "behind")], Told(receiver, "48"));
        Assert.Equal([("33", "firing", "no-data"), ("33", "resolved", "no-data")], Told(receiver, "33"));
        Assert.Equal(4, receiver.Received.Select(r => r.IdempotencyKey).Distinct().Count());
        Assert.All(receiver.Received, r => Assert.True(r.IsSignedWith(Alert(r).GetProperty("province").GetString() == "33" ? feedSecret : behindSecret)));
        using var survivorClient = survivor.Client();
        var noData = await AlertOfAsync(survivorClient, "33", "online-dossier");
        Assert.Equal("resolved", noData.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.String, noData.GetProperty("lastFactAt").ValueKind);
        Assert.Equal("firing", (await AlertOfAsync(survivorClient, "48", "ontime")).GetProperty("state").GetString());
    }

    private static async Task<string> SubscribeAsync(AppProcess node, object subscription)
    {
        using var admin = node.Client();
        using var created = await admin.PostAsJsonAsync("/api/v1/subscriptions", subscription);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    private static async Task<JsonElement> AlertOfAsync(HttpClient client, string province, string indicator) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=1000")).EnumerateArray()
        .Single(x => x.GetProperty("province").GetString() == province && x.GetProperty("indicator").GetString() == indicator);

    private static JsonElement Alert(ReceivedWebhook received) => Assert.Single(received.Json.GetProperty("alerts").EnumerateArray());

    /// <summary>What the receiver was told of a province: change and kind of each alert, in the order received.</summary>
    private static List<(string, string, string)> Told(WebhookReceiver receiver, string province) =>
        receiver.Received.Select(Alert).Where(x => x.GetProperty("province").GetString() == province)
            .Select(x => (province, x.GetProperty("change").GetString()!, x.GetProperty("kind").GetString()!)).ToList();
}
