namespace KpiActors.Domain;

/// <summary>The targets of one indicator for one province: the legal defaults, or the province's own.</summary>
public sealed record TargetPlan(IReadOnlyList<Target> Targets)
{
    /// <summary>
    /// The target to judge a period ending on <paramref name="periodEnd"/> by: the latest one already due
    /// (a standing target is always due), or else the next one coming.
    /// </summary>
    public Target InForceOn(DateOnly periodEnd)
    {
        var due = Targets.Where(t => t.Deadline is null || t.Deadline <= periodEnd).MaxBy(t => t.Deadline ?? DateOnly.MinValue);
        return due ?? Targets.Where(t => t.Deadline > periodEnd).MinBy(t => t.Deadline)
               ?? throw new InvalidOperationException("A target plan has at least one target.");
    }
}
