namespace KpiActors.Grains;

public sealed class IndicatorGrainOptions
{
    /// <summary>
    /// Write a snapshot after this many deltas applied (a catch-up from the log applies a sum per bucket and day, each
    /// counting as one), which bounds how much a restart replays.
    /// </summary>
    public int SnapshotEvery { get; set; } = 10_000;

    /// <summary>Write a changed snapshot at least this often, and re-judge the live period (the clock moves figures too).</summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an active grain asks the log for deltas nobody sent it: a node that dies between its commit and its
    /// sends leaves them only in the log, and the sender's retry on another node finds nothing new to send. Bounds how
    /// long a board can lag behind what was acknowledged.
    /// </summary>
    public TimeSpan LogPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How far back the daily history goes into a stock projection.</summary>
    public int ProjectionDays { get; set; } = 90;
}
