using System.Net.Http.Json;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;

namespace KpiActors.Web.Tests;

/// <summary>
/// Dossier events for the live month, sent through the API as one-stop software sends them. The live
/// month is the current month in Vietnam; every date lies between its first moment and now (no event
/// may be dated in the future), so the figures land in the month the board shows live.
/// </summary>
public static class Dossiers
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary><paramref name="onTime"/> dossiers resolved before their due date and <paramref name="late"/> after it, received through <paramref name="channel"/>.</summary>
    public static Task PostResolvedAsync(KpiApp app, string province, int onTime, int late, string prefix, string channel = "online")
    {
        var now = DateTimeOffset.UtcNow.ToOffset(VietnamOffset);
        var received = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, VietnamOffset);
        var sinceMonthStart = now - received;
        var due = received + sinceMonthStart / 3;
        var rows = Enumerable.Range(0, onTime + late).Select(i => Row(province, $"{prefix}-{i}", received, due,
            i < onTime ? received + sinceMonthStart / 6 : received + sinceMonthStart * 2 / 3, "resolved") with { Channel = channel });
        return PostAsync(app, rows);
    }

    /// <summary>Dossiers still being handled: <paramref name="overdue"/> of them past their due date.</summary>
    public static Task PostInProgressAsync(KpiApp app, string province, int withinDeadline, int overdue, string prefix)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(VietnamOffset);
        var rows = Enumerable.Range(0, withinDeadline).Select(i => Row(province, $"{prefix}-open-{i}", now.AddHours(-1), now.AddDays(5), null, "in-progress"))
            .Concat(Enumerable.Range(0, overdue).Select(i => Row(province, $"{prefix}-overdue-{i}", now.AddDays(-3), now.AddDays(-2), null, "in-progress")));
        return PostAsync(app, rows);
    }

    private static DossierEvent Row(string province, string id, DateTimeOffset received, DateTimeOffset due, DateTimeOffset? resolved, string status) =>
        new(province, id, received.ToString("o"), due.ToString("o"), resolved?.ToString("o"), status);

    private static async Task PostAsync(KpiApp app, IEnumerable<DossierEvent> rows)
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/v1/dossiers", rows.ToList());
        Assert.True(response.IsSuccessStatusCode, $"POST /api/v1/dossiers: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
