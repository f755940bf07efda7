namespace KpiActors.Domain;

/// <summary>How a resolved dossier ended against its due date: derived from the dates, never trusted from the sender.</summary>
public enum DossierOutcome
{
    /// <summary>Trước hạn: resolved on a day before the due day.</summary>
    Early,

    /// <summary>Đúng hạn: resolved on the due day, not after the due time.</summary>
    OnTime,

    /// <summary>Quá hạn: resolved after the due time.</summary>
    Late,
}

public static class DossierOutcomes
{
    public static DossierOutcome Of(DateTimeOffset resolvedAt, DateTimeOffset dueAt) =>
        resolvedAt > dueAt ? DossierOutcome.Late
        : VietnamTime.DateOf(resolvedAt) < VietnamTime.DateOf(dueAt) ? DossierOutcome.Early
        : DossierOutcome.OnTime;
}
