using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// The writer of a dossier is single across the cluster and guarded in the database: the same correction sent to two
/// nodes at the same moment changes the dossier once, and both nodes' boards count it once.
/// </summary>
public sealed class ConcurrentCorrectionTests(ITestOutputHelper output)
{
    private const string Province = "01";

    [Fact]
    public async Task The_same_50_dossiers_corrected_on_two_nodes_at_once_are_counted_once_on_both()
    {
        using var cluster = await KpiCluster.StartAsync(2, output);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var onA = Enumerable.Range(0, 100).Select(i => OctoberDossiers.Resolved(Province, $"a-{i}", late: false)).ToList();
        var onB = Enumerable.Range(0, 100).Select(i => OctoberDossiers.Resolved(Province, $"b-{i}", late: false)).ToList();
        await Task.WhenAll(a.PostDossiersAsync(RecountWire.Events(onA)), b.PostDossiersAsync(RecountWire.Events(onB)));
        await AssertBothNodesReadAsync(cluster, onTime: 200, resolved: 200);

        var corrected = RecountWire.Events(onA.Take(50).Select(d => OctoberDossiers.Resolved(Province, d.DossierId, late: true))).ToList();
        var receipts = await Task.WhenAll(a.PostDossiersAsync(corrected), b.PostDossiersAsync(corrected));

        // One node's commit changed the 50 dossiers; the other, waiting on the province's ledger row, found them changed.
        Assert.Equal(50, receipts.Sum(r => r.Changed));
        Assert.Equal(50, receipts.Sum(r => r.Unchanged));
        output.WriteLine($"Receipts: A changed {receipts[0].Changed}, B changed {receipts[1].Changed}.");
        await AssertBothNodesReadAsync(cluster, onTime: 150, resolved: 200);
    }

    /// <summary>The province's on-time figure of October on each node's board: on time of resolved, and all 200 received.</summary>
    private static async Task AssertBothNodesReadAsync(KpiCluster cluster, long onTime, long resolved)
    {
        foreach (var node in cluster.Nodes)
        {
            using var client = node.Client();
            // An acknowledged batch is on the board already, whichever node reads it: no waiting.
            var board = await client.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator=ontime&period={OctoberDossiers.Month}");
            var reading = board.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("province").GetString() == Province);
            Assert.Equal((onTime, resolved, 200L),
                (reading.GetProperty("numerator").GetInt64(), reading.GetProperty("denominator").GetInt64(), reading.GetProperty("counts").GetProperty("received").GetInt64()));
        }
    }
}
