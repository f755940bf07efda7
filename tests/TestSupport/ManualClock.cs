namespace KpiActors.TestSupport;

/// <summary>
/// A clock the test moves by hand, so that figures which change with time alone (overdue dossiers, the
/// live period, a projection's "today") are tested at exact instants without waiting.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    // Read by grain turns and the fact store on other threads while the test sets it.
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
