using KpiActors.Domain.Wire;
using KpiActors.TestSupport;

namespace KpiActors.Web.Tests;

/// <summary>Dossiers of the live month still being handled, sent through the API as one-stop software sends them.</summary>
public static class Dossiers
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary><paramref name="withinDeadline"/> received an hour ago and due in five days, and <paramref name="overdue"/> due two days ago.</summary>
    public static Task<Receipt> PostInProgressAsync(HttpClient client, string province, int withinDeadline, int overdue, string prefix)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(VietnamOffset);
        var rows = Enumerable.Range(0, withinDeadline).Select(i => InProgress(province, $"{prefix}-open-{i}", now.AddHours(-1), now.AddDays(5)))
            .Concat(Enumerable.Range(0, overdue).Select(i => InProgress(province, $"{prefix}-overdue-{i}", now.AddDays(-3), now.AddDays(-2))));
        return client.PostDossiersAsync(rows);
    }

    private static DossierEvent InProgress(string province, string id, DateTimeOffset received, DateTimeOffset due) =>
        new(province, id, received.ToString("o"), due.ToString("o"), null, "in-progress");
}
