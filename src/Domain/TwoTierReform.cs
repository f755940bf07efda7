namespace KpiActors.Domain;

/// <summary>Since 2025-07-01 local government has two tiers; the district tier exists only in history.</summary>
public static class TwoTierReform
{
    public static readonly DateOnly EffectiveFrom = new(2025, 7, 1);

    public static bool DistrictExistedOn(DateOnly day) => day < EffectiveFrom;
}
