namespace KpiActors.Domain;

/// <summary>
/// Every bucket holds the same fixed number of counters; what each slot means is the indicator's business
/// (see <see cref="Indicator.CounterNames"/>). A fixed width keeps the delta log one row per bucket.
/// </summary>
public static class Counters
{
    public const int Width = 6;

    public static long[] Of(params long[] values)
    {
        var counters = new long[Width];
        values.CopyTo(counters, 0);
        return counters;
    }

    public static void Add(long[] target, long[] delta, int sign = 1)
    {
        for (var i = 0; i < Width; i++)
        {
            target[i] += sign * delta[i];
        }
    }

    public static bool IsZero(long[] values) => Array.TrueForAll(values, v => v == 0);
}
