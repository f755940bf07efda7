using KpiActors.Benchmarks.Infrastructure;

namespace KpiActors.Benchmarks.Replay;

/// <summary>
/// What part of the app's start is Orleans' own: bench/OrleansFloor, ASP.NET Core co-hosting a silo and nothing else,
/// started as the restart benchmark starts the app, until it listens.
/// </summary>
public sealed class OrleansFloor(BenchOptions options)
{
    public async Task<IReadOnlyList<TimeSpan>> RunAsync()
    {
        var listening = new List<TimeSpan>();
        for (var run = 1; run <= options.Runs; run++)
        {
            using var app = await BenchApp.StartOrleansFloorAsync();
            listening.Add(app.ListeningAfter);
            Progress.Step($"ASP.NET Core and a silo, nothing else, run {run}: listening {app.ListeningAfter.TotalSeconds:0.00} s");
        }

        return listening;
    }
}
