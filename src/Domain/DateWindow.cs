using System.Globalization;

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

    /// <summary>
    /// Reads an ISO 8601 date-time as the API takes one: with its offset, or in Vietnam time without one. False when the
    /// text is not one; true with a null instant when it is one outside this window.
    /// </summary>
    public static bool TryParseDateTime(string value, out DateTimeOffset? instant)
    {
        instant = null;
        if (!(value.Length >= 16 && value[4] == '-' && value[7] == '-' && value[10] is 'T' or ' ' &&
              DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local)))
        {
            return false;
        }

        // Without an offset, the year of the text itself first: 0001-01-01T00:00 in Vietnam is before the first instant there is.
        if (local.Kind == DateTimeKind.Unspecified)
        {
            instant = ContainsYear(local.Year) ? new DateTimeOffset(local, VietnamTime.Offset) : null;
        }
        else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            instant = withOffset;
        }
        else
        {
            return false;
        }

        if (instant is { } at && !Contains(VietnamTime.DateOf(at)))
        {
            instant = null;
        }

        return true;
    }
}
