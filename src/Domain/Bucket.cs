namespace KpiActors.Domain;

/// <summary>
/// Where a delta lands inside one grain: a month (yyyymm) for flow figures, a due date (yyyymmdd) for
/// dossiers still open, or the single stock bucket for a catalogue.
/// </summary>
public static class Bucket
{
    public const int Stock = 0;

    public static int Month(int year, int month) => year * 100 + month;

    public static int Month(DateOnly day) => Month(day.Year, day.Month);

    public static int Day(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;

    public static bool IsMonth(int bucket) => bucket is >= 100001 and <= 999912;

    public static bool IsDay(int bucket) => bucket > 999912;

    public static DateOnly ToDay(int bucket) => new(bucket / 10000, bucket / 100 % 100, bucket % 100);
}
