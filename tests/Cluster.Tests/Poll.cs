using System.Diagnostics;

namespace KpiActors.Cluster.Tests;

/// <summary>Waiting for a condition across nodes, which hold it eventually rather than at once: asked again until met or out of time.</summary>
public static class Poll
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Asks <paramref name="differences"/> until it finds none or <paramref name="deadline"/> passes; returns the last it found.</summary>
    public static async Task<List<string>> UntilNoneAsync(Func<Task<List<string>>> differences, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = await differences();
            if (found.Count == 0 || clock.Elapsed > deadline)
            {
                return found;
            }

            await Task.Delay(Pause);
        }
    }

    /// <summary>Asks <paramref name="condition"/> until it holds; false if <paramref name="deadline"/> passed first.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (clock.Elapsed > deadline)
            {
                return false;
            }

            await Task.Delay(Pause);
        }
    }
}
