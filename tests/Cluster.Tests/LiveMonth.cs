using KpiActors.Domain;
using KpiActors.Domain.Wire;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// Dossiers of the current Vietnam month, none in the future: statuses and alerts are judged for the live period only,
/// and the API refuses events from the future.
/// </summary>
public static class LiveMonth
{
    private static DateOnly Today => VietnamTime.DateOf(DateTimeOffset.UtcNow);

    private static DateTimeOffset Start => VietnamTime.StartOf(new DateOnly(Today.Year, Today.Month, 1));

    public static string Period => ReportingPeriod.Containing(Today, PeriodKind.Month).ToString();

    /// <summary>Received, due (if late) and resolved between the month's start and now; due after the month's end if on time.</summary>
    public static DossierEvent Resolved(string province, string id, bool late) => new(
        province,
        id,
        ReceivedAt: At(0.2).ToString("o"),
        DueAt: (late ? At(0.3) : Start.AddDays(40)).ToString("o"),
        ResolvedAt: At(0.5).ToString("o"),
        Status: "resolved");

    /// <summary>A point this far (0 to 1) from the month's start to now.</summary>
    private static DateTimeOffset At(double fraction) => Start + (DateTimeOffset.UtcNow - Start) * fraction;
}
