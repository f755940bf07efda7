namespace KpiActors.Domain;

public enum AdministrativeLevel
{
    Province,

    /// <summary>Abolished on 2025-07-01; still accepted for data dated before that.</summary>
    District,

    Commune,
}
