using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// A board is connected to one node, and the grains whose figures it shows live on any node: every node's boards get
/// every push, every change of an alert once, and every acknowledgement, whichever node the batch or the acknowledgement
/// came to. Both nodes look for alerts due to fire every half second: one of them fires it.
/// </summary>
public sealed class BoardPushAcrossNodesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_board_on_node_B_gets_the_figures_the_alert_s_changes_once_and_the_acknowledgement_of_what_came_to_node_A()
    {
        using var cluster = await KpiCluster.StartAsync(2, output, new Dictionary<string, string?>
        {
            ["Alerts:PendingFor"] = "00:00:02",
        });
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        await using var boardOnB = await HubClient.ConnectAsync(b.BaseAddress);
        Assert.Equal(34 * 4, (await boardOnB.WatchNationalAsync()).GetArrayLength());
        await using var boardOnA = await HubClient.ConnectAsync(a.BaseAddress);
        await boardOnA.WatchNationalAsync();

        // 40 resolved, 12 of them late: 70% on time, far behind the 95% target.
        await a.PostDossiersAsync(LiveTraffic.Resolved("79", onTime: 28, late: 12, prefix: "behind"));

        // The grain lives on one of the two nodes: whichever it is, one of these boards is pushed across nodes.
        foreach (var board in new[] { boardOnB, boardOnA })
        {
            var figure = await board.FigureAsync("79", "ontime", denominator: 40);
            Assert.Equal(28, figure.GetProperty("numerator").GetInt64());
            Assert.Equal("behind", figure.GetProperty("status").GetString());
        }

        // Pending at once, firing two seconds later: either may have come while the figures were awaited.
        var alert = await boardOnB.AlertAsync("pending");
        Assert.Equal(("79", "ontime", LiveMonth.Period), (Text(alert, "province"), Text(alert, "indicator"), Text(alert, "period")));
        Assert.Equal(0.7, alert.GetProperty("value").GetDouble(), 12);
        var id = alert.GetProperty("id").GetInt64();
        Assert.Equal(id, (await boardOnA.AlertAsync("pending")).GetProperty("id").GetInt64());
        foreach (var board in new[] { boardOnB, boardOnA })
        {
            Assert.Equal(id, (await board.AlertAsync("firing")).GetProperty("id").GetInt64());
        }

        using (var viewer = a.Client(await CreateViewerKeyAsync(a)))
        using (var acknowledged = await viewer.PostAsync($"/api/v1/alerts/{id}/acknowledge", null))
        {
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        }

        var acknowledgement = await boardOnB.NextAsync("Alert");
        Assert.Equal(id, acknowledgement.GetProperty("id").GetInt64());
        Assert.Equal("cluster viewer", Text(acknowledgement, "acknowledgedBy"));

        // Exactly once: a later batch's figures reach both boards after anything the first batch made them get.
        await a.PostDossiersAsync(LiveTraffic.Resolved("48", onTime: 40, late: 0, prefix: "after"));
        await boardOnB.FigureAsync("48", "ontime", denominator: 40);
        await boardOnA.FigureAsync("48", "ontime", denominator: 40);
        string?[] changes = ["pending", "firing", "firing"];
        Assert.Equal(changes, boardOnB.All("Alert").Select(m => Text(m, "state")));
        Assert.Equal(changes, boardOnA.All("Alert").Select(m => Text(m, "state")));
        Assert.All(boardOnB.All("Alert").Concat(boardOnA.All("Alert")), m => Assert.Equal(id, m.GetProperty("id").GetInt64()));
        using var client = b.Client();
        var stored = await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
        Assert.Equal([(id, "cluster viewer")], stored.EnumerateArray().Select(s => (s.GetProperty("id").GetInt64(), Text(s, "acknowledgedBy"))));
    }

    private static async Task<string> CreateViewerKeyAsync(AppProcess node)
    {
        using var admin = node.Client(AppDefaults.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = "cluster viewer", role = "viewer" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
