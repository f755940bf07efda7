namespace KpiActors.TestSupport;

/// <summary>
/// Dossiers of October 2026, a month wholly past, so that every figure they make is fixed: received on the given day at
/// 09:00 Vietnam time, due a week later (a bare date: the whole day), and still open, or resolved two days before the due
/// day or three days after it. Every instant stays in October, so the month a figure lands in is never in doubt.
/// </summary>
public static class OctoberDossiers
{
    public const string Month = "2026-10";

    /// <summary>The latest day a dossier may be received on for all its instants to stay in October.</summary>
    public const int LastDay = 20;

    /// <summary>Received, or being handled (<paramref name="status"/> "in-progress").</summary>
    public static RecountFact Open(string province, string id, int day = 1, bool online = true, string status = "received")
    {
        if (day is < 1 or > LastDay)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Received on the 1st to the {LastDay}th, so that every instant stays in October.");
        }

        return new RecountFact(province, id, "commune", online ? "online" : "in-person", null,
            At(day, 9), RecountRules.EndOfDay(new DateOnly(2026, 10, day + 7)), null, status);
    }

    /// <summary>Resolved two days before the due day (on time), or three days after it (late).</summary>
    public static RecountFact Resolved(string province, string id, bool late, int day = 1, bool online = true) =>
        Open(province, id, day, online) with { Status = "resolved", ResolvedAt = late ? At(day + 10, 10) : At(day + 5, 15, 30) };

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 10, day, hour, minute, 0, RecountRules.Vietnam);
}
