using System.Diagnostics;

namespace KpiActors.Grains.Tests.Support;

/// <summary>Awaits a condition that other parts of the system bring about in their own time, up to a deadline.</summary>
public static class Eventually
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The first value of <paramref name="attempt"/> that satisfies <paramref name="until"/>; an attempt that throws counts as not yet
    /// (a grain whose silo died may answer again only once the cluster has declared that silo dead).
    /// </summary>
    public static async Task<T> Async<T>(Func<Task<T>> attempt, Func<T, bool> until, TimeSpan within, string what)
    {
        var clock = Stopwatch.StartNew();
        var last = "no attempt finished";
        while (true)
        {
            try
            {
                var value = await attempt();
                if (until(value))
                {
                    return value;
                }

                last = $"last value {value}";
            }
            catch (Exception e)
            {
                last = $"last error {e.GetType().Name}: {e.Message}";
            }

            if (clock.Elapsed > within)
            {
                throw new TimeoutException($"Not within {within.TotalSeconds:0} s: {what} ({last}).");
            }

            await Task.Delay(Pause);
        }
    }
}
