using KpiActors.Domain;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// A seeded stream of one sender's dossier events over all 34 provinces: each dossier's life (received, maybe in
/// progress, usually an ending) interleaved with the others', some later corrected (resolved on time becomes late, late
/// becomes on time, withdrawn becomes resolved), and exact repeats of earlier events, some of them stale by then.
/// </summary>
public static class DossierStream
{
    private static readonly string[] Provinces = [.. ProvinceCatalog.Vietnam.All.Select(p => p.Code)];

    public static List<Dossier> Generate(int seed, string sender, int dossiers, double repeatShare)
    {
        var random = new Random(seed);
        var lives = Enumerable.Range(0, dossiers).Select(i => Life(random, $"{sender}-{i:D4}")).ToList();
        var next = new int[lives.Count];
        var unfinished = Enumerable.Range(0, lives.Count).ToList();
        var stream = new List<Dossier>();
        while (unfinished.Count > 0)
        {
            if (stream.Count > 0 && random.NextDouble() < repeatShare)
            {
                stream.Add(stream[random.Next(stream.Count)]);
                continue;
            }

            var pick = random.Next(unfinished.Count);
            var life = unfinished[pick];
            stream.Add(lives[life][next[life]]);
            if (++next[life] == lives[life].Count)
            {
                unfinished[pick] = unfinished[^1];
                unfinished.RemoveAt(unfinished.Count - 1);
            }
        }

        return stream;
    }

    private static List<Dossier> Life(Random random, string id)
    {
        var received = new Dossier(Provinces[random.Next(Provinces.Length)], id, Day: random.Next(1, Dossier.LastDay + 1), Online: random.Next(10) < 6, DossierStage.Received);
        var life = new List<Dossier> { received };
        if (random.Next(10) < 6)
        {
            life.Add(received with { Stage = DossierStage.InProgress });
        }

        var roll = random.Next(100);
        if (roll < 15)
        {
            return life;
        }

        var ending = roll switch { < 70 => DossierStage.ResolvedOnTime, < 93 => DossierStage.ResolvedLate, _ => DossierStage.Withdrawn };
        life.Add(received with { Stage = ending });
        if (random.Next(4) == 0)
        {
            life.Add(received with { Stage = ending == DossierStage.ResolvedOnTime ? DossierStage.ResolvedLate : DossierStage.ResolvedOnTime });
        }

        return life;
    }
}
