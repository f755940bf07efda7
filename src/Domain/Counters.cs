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

    /// <summary>
    /// Adds in checked arithmetic, all slots or none: a sum that would wrap (a negative count on the board) throws
    /// <see cref="OverflowException"/> and leaves <paramref name="target"/> as it was.
    /// </summary>
    public static void Add(long[] target, long[] delta, int sign = 1)
    {
        Span<long> sums = stackalloc long[Width];
        for (var i = 0; i < Width; i++)
        {
            sums[i] = checked(target[i] + sign * delta[i]);
        }

        sums.CopyTo(target);
    }

    public static bool IsZero(long[] values) => Array.TrueForAll(values, v => v == 0);
}
