using System.Collections;
using System.Diagnostics;

namespace KpiActors.TestSupport;

/// <summary>
/// Waiting for what other parts of the system bring about in their own time (a scrape, a push, a cluster that declares a
/// node dead), asked again until it holds, never for a fixed time.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Reads until <paramref name="done"/> holds for what was read, and returns that; fails after <paramref name="timeout"/>
    /// naming <paramref name="what"/> and the last value. A read that throws counts as not yet (a grain whose silo died
    /// answers again only once the cluster has declared the silo dead); its error is the last value.
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        var last = "no read finished";
        while (true)
        {
            try
            {
                var value = await read();
                if (done(value))
                {
                    return value;
                }

                last = Describe(value);
            }
            catch (Exception e)
            {
                last = $"{e.GetType().Name}: {e.Message}";
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; last read: {last}");
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Asks until <paramref name="condition"/> holds; fails after <paramref name="timeout"/> naming <paramref name="what"/>.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) => UntilAsync(condition, holds => holds, timeout, what);

    /// <summary>Until <paramref name="differences"/> finds none; fails after <paramref name="timeout"/> listing the first 20 it found last.</summary>
    public static Task UntilNoneAsync<T>(Func<Task<List<T>>> differences, TimeSpan timeout, string what) =>
        UntilAsync(differences, found => found.Count == 0, timeout, what);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => $"{items.Cast<object?>().Count()} item(s)\n{string.Join('\n', items.Cast<object?>().Take(20))}",
        _ => value.ToString() ?? "",
    };
}
