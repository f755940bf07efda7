using KpiActors.Domain.Wire;

namespace KpiActors.TestSupport;

/// <summary>
/// Instants inside the current Vietnam month and not in the future, whatever the day: the live board
/// judges the current month, and the API refuses events from the future. Worked out here, with Vietnam's
/// fixed offset, rather than by the app's own calendar, since tests expect the month it names.
/// </summary>
public static class LiveMonth
{
    public static DateTimeOffset Start => new(Today.Year, Today.Month, 1, 0, 0, 0, RecountRules.Vietnam);

    public static DateOnly Today => RecountRules.Today;

    /// <summary>A point this far (0..1) between the month's start and now.</summary>
    public static DateTimeOffset At(double fraction) => Start + (DateTimeOffset.UtcNow - Start) * fraction;

    /// <summary>The month as the API names it: "2026-12".</summary>
    public static string Period => $"{Today:yyyy-MM}";

    /// <summary>
    /// Now to the second (as both engines keep instants), or earlier when the month ends sooner than <paramref name="room"/>
    /// from now: a clock started here can move forward that far and still be in this month.
    /// </summary>
    public static DateTimeOffset NowWithRoom(TimeSpan room)
    {
        var end = Start.AddMonths(1);
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
