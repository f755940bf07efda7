namespace KpiActors.Domain;

/// <summary>
/// The days this system records and reports, in Vietnam time: 2000-01-01 to 2099-12-31. Every date a writer
/// sends and every period a reader asks for lies inside it, so whatever is stored can be read back, and a
/// period's neighbours (the month after its last day, the same period last year) are always real dates.
/// </summary>
public static class DateWindow
{
    public const int FirstYear = 2000;

    public const int LastYear = 2099;

    public static DateOnly FirstDay { get; } = new(FirstYear, 1, 1);

    public static DateOnly LastDay { get; } = new(LastYear, 12, 31);

    public static bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    public static bool ContainsYear(int year) => year is >= FirstYear and <= LastYear;

    public static string Describe => $"between {FirstDay:yyyy-MM-dd} and {LastDay:yyyy-MM-dd}";
}
