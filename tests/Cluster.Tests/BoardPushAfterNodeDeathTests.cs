using System.Diagnostics;
using KpiActors.Domain;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// Boards keep getting pushes when a node dies, whatever it ran: here the node that ran the list of the nodes whose
/// boards want pushes (one grain for the cluster). Until Orleans declares it dead the list does not answer; then
/// Orleans starts it again on a survivor. Figures committed in either moment must reach every survivor's boards, since
/// nothing sends them again.
/// </summary>
public sealed class BoardPushAfterNodeDeathTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<string> Provinces = [.. ProvinceCatalog.Vietnam.All.Select(p => p.Code)];

    [Fact]
    public async Task Boards_on_the_survivors_get_the_figures_committed_while_the_node_that_listed_them_dies_and_after()
    {
        using var cluster = await KpiCluster.StartAsync(3, output);
        // Each province's page read on another node: its grains start there or elsewhere, spread over the nodes.
        foreach (var (province, k) in Provinces.Select((p, k) => (p, k)))
        {
            using var reader = cluster.Nodes[k % cluster.Nodes.Count].Client();
            using var page = await reader.GetAsync($"/api/v1/provinces/{province}");
            page.EnsureSuccessStatusCode();
        }

        AppProcess victim;
        List<string> provincesOfVictim;
        await using (var placement = await GrainPlacement.ConnectAsync(cluster))
        {
            victim = await placement.NodeRunningBoardNodesAsync(cluster.Nodes);
            provincesOfVictim = (await placement.HostedByAsync(victim, "ontime")).Select(g => g.Province).ToList();
        }

        Assert.NotEmpty(provincesOfVictim);
        var provincesOfSurvivors = Provinces.Except(provincesOfVictim).ToList();
        Assert.NotEmpty(provincesOfSurvivors);
        var survivors = cluster.Nodes.Where(n => n != victim).ToList();
        await using var boardOnFirst = await HubClient.ConnectAsync(survivors[0].BaseAddress);
        await using var boardOnSecond = await HubClient.ConnectAsync(survivors[1].BaseAddress);
        var boards = new[] { boardOnFirst, boardOnSecond };
        foreach (var board in boards)
        {
            await board.WatchNationalAsync();
        }

        victim.Kill();
        var clock = Stopwatch.StartNew();
        // Until the cluster declares the node dead (its row in the membership table says so), one batch after another, each
        // for a province a survivor runs, each awaited on both boards: the survivors' notifiers keep pushing while the list of
        // nodes does not answer. A batch counts for this moment only if it was acknowledged before the declaration.
        var during = new List<(string Province, long Resolved, bool AcknowledgedBeforeDeclared, bool PushedBeforeDeclared)>();
        while (!await DeclaredDeadAsync(cluster, victim))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{victim.Name} was not declared dead within 60 s of its death.");
            // Round the survivors' provinces, 10 more dossiers each time: every figure pushed is new.
            var province = provincesOfSurvivors[during.Count % provincesOfSurvivors.Count];
            var resolved = 10 * (1 + during.Count / provincesOfSurvivors.Count);
            await survivors[0].PostDossiersAsync(LiveTraffic.Resolved(province, onTime: 10, late: 0, prefix: $"during-{during.Count}"));
            var acknowledgedBefore = !await DeclaredDeadAsync(cluster, victim);
            foreach (var board in boards)
            {
                await board.FigureAsync(province, "ontime", denominator: resolved);
            }

            during.Add((province, resolved, acknowledgedBefore, !await DeclaredDeadAsync(cluster, victim)));
        }

        output.WriteLine($"{victim.Name} ran the list of nodes and was declared dead {clock.Elapsed.TotalSeconds:0.0} s after the kill; {during.Count} batches were " +
            $"posted meanwhile, {during.Count(d => d.AcknowledgedBeforeDeclared)} of them acknowledged and {during.Count(d => d.PushedBeforeDeclared)} on both boards before that.");
        Assert.True(during.Count(d => d.AcknowledgedBeforeDeclared) > 0,
            $"No batch was acknowledged between {victim.Name}'s death and its declaration: the moment this test is about never came.");
        Assert.True(during.Count(d => d.PushedBeforeDeclared) > 0,
            $"Of {during.Count} batches posted before {victim.Name} was declared dead, none reached both boards before that: pushes waited for the list of nodes.");

        // Then a province the dead node ran, now run by a survivor, which asks the list started again elsewhere: once the
        // survivors serve the whole board again, that province's grain is back.
        using var client = survivors[0].Client(timeout: TimeSpan.FromSeconds(10));
        await Poll.UntilAsync(() => AnswersAsync(client), TimeSpan.FromSeconds(60), "the survivors to serve the whole board again");
        await survivors[0].PostDossiersAsync(LiveTraffic.Resolved(provincesOfVictim[0], onTime: 10, late: 0, prefix: "after"));
        foreach (var board in boards)
        {
            await board.FigureAsync(provincesOfVictim[0], "ontime", denominator: 10);
        }
    }

    private static async Task<bool> DeclaredDeadAsync(KpiCluster cluster, AppProcess node) => (await cluster.MembershipOfAsync(node)).Single().Status == "dead";

    private static async Task<bool> AnswersAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/api/v1/board");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
