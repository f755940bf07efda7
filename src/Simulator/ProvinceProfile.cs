using KpiActors.Domain;

namespace KpiActors.Simulator;

/// <summary>
/// How one simulated province behaves: its share of the national volume, an on-time rate that drifts
/// (some provinces fall behind and recover), its online share, and its catalogue.
/// </summary>
public sealed record ProvinceProfile(
    Province Province,
    double VolumeShare,
    double BaseOnTime,
    double DriftDepth,
    double DriftPhase,
    double OnlineShare,
    int Procedures,
    double Level4Share)
{
    /// <summary>
    /// The chance that a dossier is resolved by its due date at this moment of the run: a slow wave, deep
    /// enough in a few provinces to take them below the 95% target and back.
    /// </summary>
    public double OnTimeChance(TimeSpan elapsed)
    {
        var wave = Math.Sin(elapsed.TotalSeconds / 90 * Math.PI * 2 + DriftPhase);
        return Math.Clamp(BaseOnTime - DriftDepth * Math.Max(0, wave), 0.3, 0.999);
    }

    public static IReadOnlyList<ProvinceProfile> For(ProvinceCatalog catalog, Random random)
    {
        var population = (double)catalog.All.Sum(p => p.Population);
        return catalog.All.Select((province, i) => new ProvinceProfile(
            province,
            province.Population / population,
            // Reports show 95-98% on time (Kon Tum 98%, Thái Nguyên 97%); every fifth province drifts deep.
            BaseOnTime: 0.955 + random.NextDouble() * 0.035,
            DriftDepth: i % 5 == 0 ? 0.25 : 0.02,
            DriftPhase: random.NextDouble() * Math.PI * 2,
            // 57-60% of dossiers were online nationally in 07/2025.
            OnlineShare: 0.45 + random.NextDouble() * 0.3,
            // A provincial catalogue holds roughly 1,800-2,300 procedures, level 4 around the 30% line.
            Procedures: 1800 + random.Next(500),
            Level4Share: 0.22 + random.NextDouble() * 0.16)).ToList();
    }
}
