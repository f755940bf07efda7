using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// What an admin changes on one node holds on every node within 5 seconds: each node keeps API keys and targets in
/// memory for a short while, and must not serve what another node has changed for longer than that.
/// </summary>
public sealed class SettingsAcrossNodesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_key_revoked_on_node_A_is_refused_on_node_B_within_5_seconds()
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
        Assert.True(await Poll.UntilAsync(async () => await StatusAsync(onB) == HttpStatusCode.Unauthorized, Bound),
            $"Node B still accepted the revoked key {Bound.TotalSeconds:0} s after node A revoked it.");
        output.WriteLine($"Node B refused the key {clock.Elapsed.TotalSeconds:0.0} s after the revocation on node A.");
    }

    [Fact]
    public async Task A_target_set_on_node_A_is_what_node_B_judges_by_within_5_seconds()
    {
        using var cluster = await KpiCluster.StartAsync(2, output);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var onB = b.Client();
        // A province whose grain node B runs, so that node B's own copy of the targets judges it, not node A's.
        (await onB.GetAsync($"/api/v1/board?indicator=ontime&period={Dossier.Month}")).EnsureSuccessStatusCode();
        await using var placement = await GrainPlacement.ConnectAsync(cluster);
        var onNodeB = await placement.HostedByAsync(b, "ontime");
        Assert.NotEmpty(onNodeB);
        var province = onNodeB[0].Province;

        // 30 of 34 on time, 88%: behind the legal 95%, met against a province's own 85%.
        await KpiCluster.PostAsync(a, Enumerable.Range(0, 34).Select(i => Dossier.Resolved(province, $"t-{i}", late: i < 4).Wire));
        Assert.Equal((0.95, "behind"), await OnTimeTargetAsync(onB, province));

        using var admin = a.Client();
        using (var set = await admin.PutAsJsonAsync($"/api/v1/admin/targets/{province}/ontime", new { value = 0.85, source = "Kế hoạch 45/KH-UBND" }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        Assert.True(await Poll.UntilAsync(async () => await OnTimeTargetAsync(onB, province) == (0.85, "met"), Bound),
            $"Node B's board still read {await OnTimeTargetAsync(onB, province)} {Bound.TotalSeconds:0} s after node A set the target.");
        output.WriteLine($"Node B ({onNodeB.Count} of 34 on-time grains) judged province {province} by the new target {clock.Elapsed.TotalSeconds:0.0} s after it was set on node A.");
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/indicators");
        return response.StatusCode;
    }

    private static async Task<(double Target, string? Status)> OnTimeTargetAsync(HttpClient client, string province)
    {
        var board = await client.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator=ontime&period={Dossier.Month}");
        var reading = board.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("province").GetString() == province);
        return (reading.GetProperty("target").GetDouble(), reading.GetProperty("status").GetString());
    }
}
