using KpiActors.Domain.Wire;

namespace KpiActors.Api.Tests;

/// <summary>
/// Hand-made batches whose figures are worked out here once, by hand, so that tests compare with fixed
/// numbers instead of re-deriving them the way the app does.
/// </summary>
public static class Samples
{
    public const string September = "2026-09";

    /// <summary>
    /// 37 dossiers received in September 2026 (Vietnam time) and all ended there:
    /// 20 early, 10 on time, 4 late, 1 returned, 2 still open.
    /// On time: numerator 20 + 10 = 30, denominator 30 + 4 = 34, value 30/34 ≈ 0.882, below 0.95 − 0.05: behind.
    /// Channels: 24 online, 10 in person, 3 postal. Online dossiers: 24/37 ≈ 0.649 against 0.8: behind.
    /// Several rows sit on an edge the derivation must get right; each says which.
    /// </summary>
    public static IReadOnlyList<DossierEvent> SeptemberBatch(string province, string prefix = "S")
    {
        var rows = new List<DossierEvent>();
        for (var i = 1; i <= 18; i++)
        {
            rows.Add(new(province, $"{prefix}-E{i:00}", "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved",
                Channel: i <= 15 ? "online" : "in-person"));
        }

        // 18:30 UTC on 31 August is 01:30 on 1 September in Vietnam: a September dossier.
        rows.Add(new(province, $"{prefix}-E19", "2026-08-31T18:30:00Z", "2026-09-15", "2026-09-14T23:00:00", "resolved"));

        // No offset means Vietnam time: 23:00 on the 14th is the day before the due day, so early
        // (read as UTC it would be the 15th in Vietnam, on time). Its procedure code holds a comma and quotes for CSV.
        rows.Add(new(province, $"{prefix}-E20", "2026-09-02T09:15:00", "2026-09-15", "2026-09-14T23:00:00", "resolved",
            ProcedureCode: "1.004227, cấp lại \"bản sao\""));

        for (var i = 1; i <= 10; i++)
        {
            // A bare due date is the end of that day: 23:59 on the due day is still on time.
            var resolvedAt = i == 10 ? "2026-09-15T23:59:00+07:00" : "2026-09-15T16:00:00+07:00";
            rows.Add(new(province, $"{prefix}-T{i:00}", "2026-09-02T08:00:00+07:00", "2026-09-15", resolvedAt, "resolved",
                Channel: i <= 5 ? "online" : i <= 8 ? "in-person" : "postal"));
        }

        for (var i = 1; i <= 3; i++)
        {
            rows.Add(new(province, $"{prefix}-L{i:00}", "2026-09-03T08:00:00+07:00", "2026-09-15", "2026-09-16T09:00:00+07:00", "resolved",
                Channel: "in-person"));
        }

        // Due at 17:00, resolved at 17:30 the same day: late, though on the due day.
        rows.Add(new(province, $"{prefix}-L04", "2026-09-03T08:00:00+07:00", "2026-09-20T17:00:00+07:00", "2026-09-20T17:30:00+07:00", "resolved",
            Channel: "in-person"));

        rows.Add(new(province, $"{prefix}-P01", "2026-09-20T08:00:00+07:00", "2026-10-05", null, "in-progress"));
        rows.Add(new(province, $"{prefix}-P02", "2026-09-21T08:00:00+07:00", "2026-10-05", null, "received"));
        rows.Add(new(province, $"{prefix}-R01", "2026-09-04T08:00:00+07:00", "2026-09-18", "2026-09-08T10:00:00+07:00", "returned", Channel: "postal"));
        return rows;
    }

    /// <summary>
    /// Dossiers received on the 3rd of a month, due on the 20th, resolved on the 10th (early), the 20th
    /// (on time) or the 22nd (late) of the same month: every one lands in that month.
    /// </summary>
    public static IEnumerable<DossierEvent> Month(string province, int year, int month, int early, int onTime, int late, string level = "commune")
    {
        var day = $"{year:D4}-{month:D2}";
        var id = $"{province}-{day}";
        for (var i = 0; i < early; i++)
        {
            yield return new(province, $"{id}-E{i}", $"{day}-03T08:00:00+07:00", $"{day}-20", $"{day}-10T10:00:00+07:00", "resolved", Level: level);
        }

        for (var i = 0; i < onTime; i++)
        {
            yield return new(province, $"{id}-T{i}", $"{day}-03T08:00:00+07:00", $"{day}-20", $"{day}-20T15:00:00+07:00", "resolved", Level: level);
        }

        for (var i = 0; i < late; i++)
        {
            yield return new(province, $"{id}-L{i}", $"{day}-03T08:00:00+07:00", $"{day}-20", $"{day}-22T09:00:00+07:00", "resolved", Level: level);
        }
    }
}
