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
        var onA = Enumerable.Range(0, 100).Select(i => Dossier.Resolved(Province, $"a-{i}", late: false)).ToList();
        var onB = Enumerable.Range(0, 100).Select(i => Dossier.Resolved(Province, $"b-{i}", late: false)).ToList();
        await Task.WhenAll(a.PostDossiersAsync(onA.Select(d => d.Wire)), b.PostDossiersAsync(onB.Select(d => d.Wire)));
        await AssertBothNodesReadAsync(cluster, onTime: 200, resolved: 200);

        var corrected = onA.Take(50).Select(d => (d with { Stage = DossierStage.ResolvedLate }).Wire).ToList();
        var receipts = await Task.WhenAll(a.PostDossiersAsync(corrected), b.PostDossiersAsync(corrected));

        // One node's commit changed the 50 dossiers; the other, waiting on the province's ledger row, found them changed.
        Assert.Equal(50, receipts.Sum(r => r.Changed));
        Assert.Equal(50, receipts.Sum(r => r.Unchanged));
        output.WriteLine($"Receipts: A changed {receipts[0].Changed}, B changed {receipts[1].Changed}.");
        await AssertBothNodesReadAsync(cluster, onTime: 150, resolved: 200);
    }

    private static async Task AssertBothNodesReadAsync(KpiCluster cluster, long onTime, long resolved)
    {
        var expected = new Dictionary<string, ProvinceCount> { [Province] = new(onTime, resolved, Received: 200, Online: 200) };
        foreach (var node in cluster.Nodes)
        {
            using var client = node.Client();
            // An acknowledged batch is on the board already, whichever node reads it: no waiting.
            Assert.Empty(await BoardCheck.DifferencesAsync(client, expected));
        }
    }
}
