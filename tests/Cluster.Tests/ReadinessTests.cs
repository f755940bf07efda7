using System.Diagnostics;
using System.Text.Json;
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
    private static readonly Answer Ready = new(200, "Healthy", "storage Healthy, cluster Healthy");

    private static readonly Answer NotReadyForTheCluster = new(503, "Unhealthy", "storage Healthy, cluster Unhealthy");

    [Fact]
    public async Task A_node_the_others_declared_dead_is_never_ready_again_and_ends_itself()
    {
        using var cluster = await KpiCluster.StartAsync(2, output);
        var (a, b) = (cluster.Nodes[0], cluster.Nodes[1]);
        // What the probe reads of a node that is an active member: ready, naming each check.
        Assert.Equal(Ready, await ProbeAsync(b));

        b.Freeze();
        var clock = Stopwatch.StartNew();
        await Poll.UntilAsync(async () => (await cluster.MembershipOfAsync(b)).Single().Status == "dead", TimeSpan.FromSeconds(60),
            $"{a.Name} to declare the frozen {b.Name} dead");
        output.WriteLine($"{a.Name} declared {b.Name} dead {clock.Elapsed.TotalSeconds:0.0} s after it froze.");

        // Asked every 100 ms from the moment it thaws until the process has ended, each probe on a connection of its own, so that
        // a probe the dying node holds does not hold up the next.
        var probes = new List<Task<Answer>>();
        b.Thaw();
        var exited = b.ExitAsync(TimeSpan.FromSeconds(60));
        await Poll.UntilAsync(() =>
        {
            probes.Add(ProbeAsync(b));
            return Task.FromResult(exited.IsCompleted);
        }, TimeSpan.FromSeconds(60), $"{b.Name}, declared dead, to end itself after it thawed");
        await exited;

        var answers = await Task.WhenAll(probes);
        output.WriteLine($"{b.Name} after it thawed: {string.Join(", ", Runs(answers.Select(answer => answer.ToString())))}.");
        // It ended because it read that it was dead, not for another reason.
        Assert.Contains(b.Output, line => line.Contains("I have been told I am dead", StringComparison.Ordinal));
        // Never ready again: it answers "not ready", the cluster named as why, until it ends. Orleans fails the process 2 s after
        // the read of the membership table that found it dead; a probe does not wait on that read longer than a second.
        Assert.Contains(answers, answer => answer.Code is not null);
        Assert.All(answers.Where(answer => answer.Code is not null), answer => Assert.Equal(NotReadyForTheCluster, answer));
    }

    /// <summary>What /health/ready answered: its status code, the overall status and each check's, or no answer (no code) and why.</summary>
    private sealed record Answer(int? Code, string? Status, string Checks)
    {
        public override string ToString() => Code is null ? $"no answer ({Checks})" : $"{Code} {Status}: {Checks}";
    }

    private static async Task<Answer> ProbeAsync(AppProcess node)
    {
        using var client = node.Client(apiKey: null, timeout: TimeSpan.FromSeconds(10));
        try
        {
            using var response = await client.GetAsync("/health/ready");
            var text = await response.Content.ReadAsStringAsync();
            try
            {
                var body = JsonDocument.Parse(text).RootElement;
                return new Answer((int)response.StatusCode, body.GetProperty("status").GetString(),
                    string.Join(", ", body.GetProperty("checks").EnumerateObject().Select(c => $"{c.Name} {c.Value.GetString()}")));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return new Answer((int)response.StatusCode, null, $"not the readiness JSON: {text}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(null, null, e.Message);
        }
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
