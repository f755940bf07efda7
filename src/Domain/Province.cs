namespace KpiActors.Domain;

/// <summary>A provincial-level unit in force since 2025-07-01 and the legacy units it absorbed.</summary>
public sealed record Province(
    string Code,
    string Slug,
    string Name,
    string Kind,
    long Population,
    double Latitude,
    double Longitude,
    IReadOnlyList<LegacyProvince> Predecessors);

public sealed record LegacyProvince(string Code, string Slug, string Name);
