using System.Diagnostics;
using KpiActors.Domain;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// A deployment of one node whose address changes from one start to the next (a container given other ports or another
/// IP): its killed self is still an active member of the cluster, and no other node is there to declare it dead. The new
/// node joins once that member's heartbeat is stale, declares it dead, and serves every figure its predecessor stored.
/// </summary>
public sealed class LoneNodeRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_lone_node_killed_and_started_again_on_other_ports_joins_and_serves_every_figure_stored_before()
    {
        using var cluster = await KpiCluster.StartAsync(1, output);
        var killed = cluster.Nodes[0];
        var dossiers = ProvinceCatalog.Vietnam.All.SelectMany((p, k) => Enumerable.Range(0, 2 + k % 3).Select(i =>
            OctoberDossiers.Resolved(p.Code, $"d-{i}", late: (i + k) % 3 == 0, day: 1 + i, online: i % 2 == 0))).ToList();
        await killed.PostDossiersAsync(RecountWire.Events(dossiers));
        killed.Kill();

        // A node of its own ports, whose start waits until it is ready (90 s at most).
        using var successor = cluster.Node("A'");
        var clock = Stopwatch.StartNew();
        await successor.StartAsync();
        output.WriteLine($"{successor.Name}, on other ports than {killed.Name}, was ready {clock.Elapsed.TotalSeconds:0.0} s after it was started.");

        using var client = successor.Client();
        Assert.Empty(await RecountBoard.DifferencesAsync(client, dossiers));
        await Poll.UntilAsync(async () => (await cluster.MembershipOfAsync(killed)).Single().Status == "dead", TimeSpan.FromSeconds(60),
            $"{successor.Name} to declare {killed.Name} dead");
    }
}
