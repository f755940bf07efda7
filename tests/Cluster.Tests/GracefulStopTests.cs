using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// The counterpart of a kill: a node stopped with SIGTERM (a deployment, a service manager) answers the batches it took,
/// writes the snapshots of the grains it ran, and tells the cluster it leaves, so the other node runs its provinces at
/// once, from those snapshots, without waiting for death detection and without replaying anything.
/// </summary>
public sealed class GracefulStopTests(ITestOutputHelper output)
{
    // No snapshot before the stop: only the stop can have written those of the stopped node's grains.
    private static readonly Dictionary<string, string?> NoSnapshotsButOnStop = new()
    {
        ["Grains:SnapshotEvery"] = "1000000",
        ["Grains:SnapshotInterval"] = "01:00:00",
    };

    [Fact]
    public async Task A_node_stopped_with_SIGTERM_answers_its_batches_leaves_its_grains_snapshots_and_the_other_node_serves_every_province()
    {
        using var cluster = await KpiCluster.StartAsync(2, output, NoSnapshotsButOnStop);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        var provinces = ProvinceCatalog.Vietnam.All.Select(p => p.Code).ToList();
        var first = provinces.Select((p, k) => OctoberDossiers.Resolved(p, "first", late: false, day: 1 + k % OctoberDossiers.LastDay, online: k % 3 > 0)).ToList();
        await Task.WhenAll(a.PostDossiersAsync(RecountWire.Events(first.Where((_, k) => k % 2 == 0))), b.PostDossiersAsync(RecountWire.Events(first.Where((_, k) => k % 2 == 1))));
        foreach (var node in cluster.Nodes)
        {
            using var client = node.Client();
            Assert.Empty(await RecountBoard.DifferencesAsync(client, first));
        }

        List<IndicatorKey> onB;
        await using (var placement = await GrainPlacement.ConnectAsync(cluster))
        {
            onB = await placement.HostedByAsync(b, Indicators.OnTimeId, Indicators.OnlineDossierId);
        }

        Assert.NotEmpty(onB);

        // A sender keeps posting to B while it stops, until B does not take a batch.
        var acknowledgedOnB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = SendUntilRefusedAsync(b, provinces, acknowledgedOnB);
        await acknowledgedOnB.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, await b.StopAsync(TimeSpan.FromSeconds(90)));
        output.WriteLine($"{b.Name} stopped in {clock.Elapsed.TotalSeconds:0.0} s.");
        var (acknowledged, refused, refusal) = await sending;
        output.WriteLine($"{acknowledged.Count} batches acknowledged by {b.Name} while it ran, then: {refusal}.");

        // Left, not merely gone: the cluster knows without probing it.
        Assert.Equal(["dead"], (await cluster.MembershipOfAsync(b)).Select(m => m.Status));
        var snapshots = await cluster.SnapshotsAsync();
        Assert.All(onB, grain => Assert.Equal(snapshots[grain.ToString()].LastLogged, snapshots[grain.ToString()].Snapshot));

        // The batch B did not take goes to A, whose grains of B's provinces start from B's snapshots.
        await a.PostDossiersAsync(RecountWire.Events(refused));
        var expected = RecountRules.FinalVersions(first.Concat(acknowledged.Append(refused).SelectMany(batch => batch))).Values;
        using var onA = a.Client(timeout: TimeSpan.FromSeconds(10));
        await Poll.UntilNoneAsync(() => RecountBoard.DifferencesAsync(onA, expected), TimeSpan.FromSeconds(30), "node A to serve the recount");
        output.WriteLine($"{a.Name} served every province {clock.Elapsed.TotalSeconds:0.0} s after the stop began; {onB.Count} grains came from {b.Name}'s snapshots.");
    }

    /// <summary>Batches of new dossiers to <paramref name="stopping"/> until it does not take one: those it acknowledged, and the one it did not.</summary>
    private static async Task<(List<RecountFact[]> Acknowledged, RecountFact[] Refused, string Refusal)> SendUntilRefusedAsync(
        AppProcess stopping, IReadOnlyList<string> provinces, TaskCompletionSource acknowledgedOnStopping)
    {
        var acknowledged = new List<RecountFact[]>();
        using var client = stopping.Client();
        for (var i = 0; ; i++)
        {
            var batch = Enumerable.Range(0, 20).Select(j => OctoberDossiers.Resolved(provinces[(i + j) % provinces.Count], $"during-{i}-{j}",
                late: j % 5 == 0, day: 1 + j, online: j % 2 == 0)).ToArray();
            try
            {
                using var response = await client.PostAsJsonAsync("/api/v1/dossiers", RecountWire.Events(batch).ToList());
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return (acknowledged, batch, $"answered {(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException e)
            {
                return (acknowledged, batch, $"no answer ({e.HttpRequestError})");
            }

            acknowledged.Add(batch);
            if (acknowledged.Count == 5)
            {
                acknowledgedOnStopping.TrySetResult();
            }
        }
    }
}
