namespace KpiActors.Cluster.Tests;

/// <summary>One province's October figures as the test recounts them: on-time over resolved, online over received.</summary>
public sealed record ProvinceCount(long OnTime, long Resolved, long Received, long Online);

/// <summary>
/// The rules the board must agree with, applied in the test to what was acknowledged, independently of the app's code:
/// within a dossier's events in the order they were acknowledged, a version stands unless it goes back a stage; a
/// resolved dossier counts on time when resolved by its due date; every dossier received counts, online or not.
/// </summary>
public static class Recount
{
    public static Dictionary<(string Province, string Id), Dossier> Standing(IEnumerable<Dossier> acknowledged)
    {
        var standing = new Dictionary<(string Province, string Id), Dossier>();
        foreach (var arrival in acknowledged)
        {
            var key = (arrival.Province, arrival.Id);
            if (!standing.TryGetValue(key, out var previous) || arrival.Rank >= previous.Rank)
            {
                standing[key] = arrival;
            }
        }

        return standing;
    }

    public static Dictionary<string, ProvinceCount> Figures(IEnumerable<Dossier> standing) =>
        standing.GroupBy(d => d.Province).ToDictionary(
            p => p.Key,
            p => new ProvinceCount(
                OnTime: p.Count(d => d.Stage == DossierStage.ResolvedOnTime),
                Resolved: p.Count(d => d.Stage is DossierStage.ResolvedOnTime or DossierStage.ResolvedLate),
                Received: p.Count(),
                Online: p.Count(d => d.Online)));
}
