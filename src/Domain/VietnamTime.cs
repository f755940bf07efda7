namespace KpiActors.Domain;

/// <summary>
/// Reporting periods are counted in Asia/Ho_Chi_Minh time. Vietnam has kept UTC+7 without daylight saving
/// since 1975, so a fixed offset is exact for every date this system handles and needs no tz database.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
