namespace KpiActors.Domain;

/// <summary>
/// A commune-level unit in force since 2025-07-01 (the lower of the two tiers of local government), by its official
/// 5-digit code, within its province; where most dossiers are received and settled.
/// </summary>
public sealed record Commune(string Code, string Name, CommuneKind Kind, string Province);

/// <summary>What a commune-level unit is called: xã (rural), phường (urban), đặc khu (special zone, an island).</summary>
public enum CommuneKind
{
    Xa,
    Phuong,
    DacKhu,
}
