using System.Diagnostics;
using System.Net;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// A node dies without a word (SIGKILL): the survivors declare it dead and run its grains themselves, which load their
/// snapshots and replay the log, so its provinces answer again with every figure; the survivors stay ready meanwhile,
/// and the node, started again, rejoins as a new generation of the same silo.
/// </summary>
public sealed class NodeDeathTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_provinces_of_a_killed_node_answer_again_on_the_survivors_which_stay_ready_and_its_restart_rejoins()
    {
        using var cluster = await KpiCluster.StartAsync(3, output);
        var (survivors, victim) = (cluster.Nodes.Take(2).ToList(), cluster.Nodes[2]);
        // A few dossiers in every province, each province's batch to another node: every node starts grains.
        var provinces = ProvinceCatalog.Vietnam.All.Select(p => p.Code).ToList();
        var dossiers = provinces.SelectMany((p, k) => Enumerable.Range(0, 3 + k % 5).Select(i => (i + k) % 4 == 3
            ? OctoberDossiers.Open(p, $"d-{i}", day: 1 + i, online: i % 2 == 0, status: "in-progress")
            : OctoberDossiers.Resolved(p, $"d-{i}", late: (i + k) % 4 == 0, day: 1 + i, online: i % 2 == 0))).ToList();
        await Task.WhenAll(dossiers.GroupBy(d => provinces.IndexOf(d.Province) % 3).Select(g => cluster.Nodes[g.Key].PostDossiersAsync(RecountWire.Events(g))));
        foreach (var node in cluster.Nodes)
        {
            using var client = node.Client();
            Assert.Empty(await RecountBoard.DifferencesAsync(client, dossiers));
        }

        List<IndicatorKey> hosted;
        await using (var placement = await GrainPlacement.ConnectAsync(cluster))
        {
            hosted = await placement.HostedByAsync(victim, Indicators.OnTimeId, Indicators.OnlineDossierId);
        }

        Assert.NotEmpty(hosted);
        output.WriteLine($"{victim.Name} runs {hosted.Count} of the 68 on-time and online-dossier grains, of provinces {string.Join(", ", hosted.Select(h => h.Province).Distinct())}.");

        using var readiness = new ReadinessWatch(survivors);
        var clock = Stopwatch.StartNew();
        victim.Kill();
        var recoveries = await Task.WhenAll(survivors.Select(async survivor =>
        {
            // A short timeout per request: a call that waits on the dead silo must not hide the moment it answers.
            using var client = survivor.Client(timeout: TimeSpan.FromSeconds(10));
            await Poll.UntilNoneAsync(() => RecountBoard.DifferencesAsync(client, dossiers), RecoveryDeadline,
                $"node {survivor.Name} to serve every province's figures again after the kill");
            return (survivor.Name, After: clock.Elapsed);
        }));
        foreach (var (name, after) in recoveries)
        {
            output.WriteLine($"Node {name} served every province's figures again {after.TotalSeconds:0.0} s after {victim.Name} was killed.");
        }

        await victim.StartAsync();
        var answers = await readiness.StopAsync();
        Assert.NotEmpty(answers);
        Assert.All(answers, answer => Assert.Equal("200", answer.Status));
        output.WriteLine($"The survivors answered /health/ready {answers.Count} times, all 200, from the kill until {victim.Name} was ready again ({clock.Elapsed.TotalSeconds:0.0} s).");

        // The same silo address again, as a new generation: the one killed is dead, the new one active.
        var membership = await cluster.MembershipOfAsync(victim);
        Assert.Equal(["dead", "active"], membership.Select(m => m.Status));
        Assert.True(membership[1].Generation > membership[0].Generation);
        foreach (var node in cluster.Nodes)
        {
            using var client = node.Client();
            Assert.Empty(await RecountBoard.DifferencesAsync(client, dossiers));
        }
    }

    /// <summary>Asks each node's /health/ready again and again until stopped, keeping every answer (or the lack of one).</summary>
    private sealed class ReadinessWatch : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<List<(string Node, string Status)>> _watching;

        public ReadinessWatch(IReadOnlyList<AppProcess> nodes) => _watching = WatchAsync(nodes);

        public async Task<List<(string Node, string Status)>> StopAsync()
        {
            await _stop.CancelAsync();
            return await _watching;
        }

        public void Dispose() => _stop.Dispose();

        private async Task<List<(string Node, string Status)>> WatchAsync(IReadOnlyList<AppProcess> nodes)
        {
            var answers = new List<(string, string)>();
            var clients = nodes.Select(n => (n.Name, Client: n.Client(apiKey: null, timeout: TimeSpan.FromSeconds(10)))).ToList();
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    foreach (var (name, client) in clients)
                    {
                        try
                        {
                            using var response = await client.GetAsync("/health/ready");
                            answers.Add((name, ((int)response.StatusCode).ToString()));
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            answers.Add((name, $"no answer: {e.Message}"));
                        }
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(200));
                }

                return answers;
            }
            finally
            {
                clients.ForEach(c => c.Client.Dispose());
            }
        }
    }
}
