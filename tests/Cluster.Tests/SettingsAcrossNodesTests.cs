using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Grains;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// What an admin changes on one node comes to hold on every node: each node keeps API keys and targets in memory for a
/// short while, and must not go on serving what another node has changed. How soon (the README says 3 s for a key, 2 s
/// for a target) is the benchmark's to measure; here it is awaited, and the time it took is written to the test's log.
/// </summary>
public sealed class SettingsAcrossNodesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_key_revoked_on_node_A_is_refused_on_node_B()
    {
        using var cluster = await KpiCluster.StartAsync(2, output);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var admin = a.Client();
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = "soon revoked", role = "viewer" });
        created.EnsureSuccessStatusCode();
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var onA = a.Client(key.GetProperty("key").GetString());
        using var onB = b.Client(key.GetProperty("key").GetString());
        // Accepted on B, which now holds the key in memory.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(onB));

        using (var revoked = await admin.DeleteAsync($"/api/v1/admin/keys/{key.GetProperty("id").GetString()}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(onA));
        await Poll.UntilAsync(async () => await StatusAsync(onB) == HttpStatusCode.Unauthorized, Deadline, "node B to refuse the key node A revoked");
        output.WriteLine($"Node B refused the key {clock.Elapsed.TotalSeconds:0.0} s after the revocation on node A.");
    }

    [Fact]
    public async Task A_target_set_on_one_node_is_what_the_other_node_running_the_grain_judges_by()
    {
        using var cluster = await KpiCluster.StartAsync(2, output);
        // 30 of 34 on time, 88%: behind the legal 95%, met against a province's own 85%.
        await cluster.Nodes[0].PostDossiersAsync(RecountWire.Events(Enumerable.Range(0, 34).Select(i => OctoberDossiers.Resolved("44", $"t-{i}", late: i < 4))));
        AppProcess running;
        await using (var placement = await GrainPlacement.ConnectAsync(cluster))
        {
            running = await placement.NodeRunningAsync(cluster.Nodes, new IndicatorKey("44", "ontime"));
        }

        // Set on the node that does not run the grain, so that the other node's own copy of the targets judges it.
        var setting = cluster.Nodes.Single(n => n != running);
        using var onRunning = running.Client();
        using var onSetting = setting.Client();
        var clients = new[] { onRunning, onSetting };
        foreach (var client in clients)
        {
            Assert.Equal((0.95, "behind"), await OnTimeTargetAsync(client));
        }

        using (var admin = setting.Client())
        using (var set = await admin.PutAsJsonAsync("/api/v1/admin/targets/44/ontime", new { value = 0.85, source = "Kế hoạch 45/KH-UBND" }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        foreach (var client in clients)
        {
            await Poll.UntilAsync(() => OnTimeTargetAsync(client), target => target == (0.85, "met"), Deadline,
                $"{client.BaseAddress} to judge by the target node {setting.Name} set");
        }

        output.WriteLine($"Set on node {setting.Name}; node {running.Name}, which runs the grain, judged by it {clock.Elapsed.TotalSeconds:0.0} s later.");
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/indicators");
        return response.StatusCode;
    }

    private static async Task<(double Target, string? Status)> OnTimeTargetAsync(HttpClient client)
    {
        var board = await client.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator=ontime&period={OctoberDossiers.Month}");
        var reading = board.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("province").GetString() == "44");
        return (reading.GetProperty("target").GetDouble(), reading.GetProperty("status").GetString());
    }
}
