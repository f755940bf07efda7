namespace KpiActors.Grains;

/// <summary>The grain storage the silo registers for this project's grains: its own, over the app's schema.</summary>
public static class KpiGrainStorage
{
    public const string Name = "kpi";
}
