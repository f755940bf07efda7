using System.Diagnostics;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// /health/ready answers 200 only while the node is an active member of its cluster. A node cut off from the others
/// (here frozen with SIGSTOP, so that it cannot answer their probes) is declared dead by them; once it hears of it, it
/// must not take traffic its grains could not serve, and Orleans ends it so that it starts again as a new member.
/// </summary>
public sealed class ReadinessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_node_the_others_declared_dead_is_never_ready_again_and_ends_itself()
    {
        using var cluster = await KpiCluster.StartAsync(2, output);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        b.Freeze();
        var clock = Stopwatch.StartNew();
        await Poll.UntilAsync(async () => (await cluster.MembershipOfAsync(b)).Single().Status == "dead", TimeSpan.FromSeconds(60),
            $"{a.Name} to declare the frozen {b.Name} dead");
        output.WriteLine($"{a.Name} declared {b.Name} dead {clock.Elapsed.TotalSeconds:0.0} s after it froze.");

        b.Thaw();
        var answers = new List<string>();
        using (var client = b.Client(apiKey: null, timeout: TimeSpan.FromSeconds(5)))
        {
            // Asked until the process ends.
            await Poll.UntilAsync(async () =>
            {
                try
                {
                    using var response = await client.GetAsync("/health/ready");
                    answers.Add(((int)response.StatusCode).ToString());
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    answers.Add("no answer");
                }

                return !b.IsRunning;
            }, TimeSpan.FromSeconds(60), $"{b.Name}, declared dead, to end itself after it thawed");
        }

        output.WriteLine($"{b.Name} after it thawed: {string.Join(", ", Runs(answers))}.");
        // Never ready again: not ready, or no answer while it ends itself.
        Assert.DoesNotContain("200", answers);
    }

    /// <summary>Answers in a row as "3 × 503".</summary>
    private static IEnumerable<string> Runs(IEnumerable<string> answers)
    {
        var runs = new List<(string Answer, int Count)>();
        foreach (var answer in answers)
        {
            if (runs.Count > 0 && runs[^1].Answer == answer)
            {
                runs[^1] = (answer, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((answer, 1));
            }
        }

        return runs.Select(r => $"{r.Count} × {r.Answer}");
    }
}
