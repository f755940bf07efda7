namespace KpiActors.Actors;

/// <summary>How long an activation of this grain class may sit idle before the silo collects it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    public double Days { get; init; }

    public double Hours { get; init; }

    public double Minutes { get; init; }

    public double Seconds { get; init; }

    public TimeSpan Amount =>
        TimeSpan.FromDays(Days) + TimeSpan.FromHours(Hours) + TimeSpan.FromMinutes(Minutes) + TimeSpan.FromSeconds(Seconds);
}
