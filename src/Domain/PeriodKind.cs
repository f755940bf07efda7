namespace KpiActors.Domain;

/// <summary>Vietnamese administrative reporting periods: tháng, quý, 6 tháng, năm.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    HalfYear,
    Year,
}
