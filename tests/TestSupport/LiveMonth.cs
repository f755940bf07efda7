using KpiActors.Domain;
using KpiActors.Domain.Wire;

namespace KpiActors.TestSupport;

/// <summary>
/// Instants inside the current Vietnam month and not in the future, whatever the day: the live board
/// judges the current month, and the API refuses events from the future.
/// </summary>
public static class LiveMonth
{
    public static DateTimeOffset Start => VietnamTime.StartOf(new DateOnly(Today.Year, Today.Month, 1));

    public static DateOnly Today => VietnamTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>A point this far (0..1) between the month's start and now.</summary>
    public static DateTimeOffset At(double fraction) => Start + (DateTimeOffset.UtcNow - Start) * fraction;

    public static string Period => ReportingPeriod.Containing(Today, PeriodKind.Month).ToString();

    /// <summary>
    /// Now to the second (as both engines keep instants), or earlier when the month ends sooner than <paramref name="room"/>
    /// from now: a clock started here can move forward that far and still be in this month.
    /// </summary>
    public static DateTimeOffset NowWithRoom(TimeSpan room)
    {
        var end = VietnamTime.StartOf(new DateOnly(Today.Year, Today.Month, 1).AddMonths(1));
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return end - now < room ? end - room : now;
    }

    /// <summary>
    /// A dossier received this month and still in progress, due after the month: it moves the province's counts of dossiers
    /// received and open, never its on-time rate. Sent to make a province's grains judge their figures again.
    /// </summary>
    public static DossierEvent InProgress(string province, string id) => new(
        province,
        id,
        ReceivedAt: At(0.2).ToString("o"),
        DueAt: Start.AddDays(40).ToString("o"),
        ResolvedAt: null,
        Status: "in-progress");

    /// <summary>A resolved dossier, late or early, received, due and resolved inside the current month.</summary>
    public static DossierEvent Resolved(string province, string id, bool late) => new(
        province,
        id,
        ReceivedAt: At(0.2).ToString("o"),
        DueAt: (late ? At(0.3) : Start.AddDays(40)).ToString("o"),
        ResolvedAt: At(0.5).ToString("o"),
        Status: "resolved");
}
