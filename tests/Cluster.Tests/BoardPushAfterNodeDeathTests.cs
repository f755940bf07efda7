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
        await using var boardOnFirst = await LiveBoard.ConnectAsync(survivors[0].BaseAddress);
        await using var boardOnSecond = await LiveBoard.ConnectAsync(survivors[1].BaseAddress);
        var boards = new[] { boardOnFirst, boardOnSecond };
        foreach (var board in boards)
        {
            await board.WatchNationalAsync();
        }

        victim.Kill();
        var clock = Stopwatch.StartNew();
        using var client = survivors[0].Client(timeout: TimeSpan.FromSeconds(10));
        // Until Orleans declares the node dead, one batch after another, each for a province a survivor runs, each awaited
        // on the boards: the survivors' notifiers keep pushing while the list of nodes does not answer.
        var during = 0;
        while (!await AnswersAsync(client))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"The survivors' board did not answer within 60 s of {victim.Name}'s death.");
            // Round the survivors' provinces, 10 more dossiers each time: every figure pushed is new.
            var province = provincesOfSurvivors[during % provincesOfSurvivors.Count];
            await survivors[0].PostDossiersAsync(LiveTraffic.Resolved(province, onTime: 10, late: 0, prefix: $"during-{during}"));
            var resolved = 10 * (1 + during / provincesOfSurvivors.Count);
            foreach (var board in boards)
            {
                await board.FigureAsync(province, "ontime", denominator: resolved);
            }

            during++;
        }

        output.WriteLine($"{victim.Name} ran the list of nodes; {during} batches were pushed to the boards in the {clock.Elapsed.TotalSeconds:0.0} s before it was declared dead.");

        // Then a province the dead node ran, now run by a survivor, which asks the list started again elsewhere.
        await survivors[0].PostDossiersAsync(LiveTraffic.Resolved(provincesOfVictim[0], onTime: 10, late: 0, prefix: "after"));
        foreach (var board in boards)
        {
            await board.FigureAsync(provincesOfVictim[0], "ontime", denominator: 10);
        }
    }

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
