using KpiActors.Domain;

namespace KpiActors.TestSupport;

/// <summary>Instants written as a Vietnamese clock on the wall shows them (UTC+7), as the one-stop offices send them.</summary>
public static class Vn
{
    public static DateTimeOffset At(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, VietnamTime.Offset);
}
