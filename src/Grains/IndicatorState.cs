using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// A grain's running totals: counters per bucket and the sequence they cover. Persisted now and then as
/// the snapshot that activation starts from before replaying the log after <see cref="Watermark"/>.
/// </summary>
public sealed class IndicatorState
{
    public long Watermark { get; set; }

    public Dictionary<int, long[]> Buckets { get; set; } = [];

    /// <summary>Stock indicators only: the totals at the end of each day on which they changed.</summary>
    public SortedDictionary<int, long[]> Daily { get; set; } = [];

    /// <summary>The status of the live period, kept for hysteresis.</summary>
    public TargetStatus? LiveStatus { get; set; }

    public string? LivePeriod { get; set; }

    /// <summary>When the last fact that moved these figures was recorded: a feed silent since then for too long is an alert.</summary>
    public DateTimeOffset? LastFactAt { get; set; }
}
