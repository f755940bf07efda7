using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace KpiActors.Domain;

/// <summary>
/// A month (2026-11), quarter (2026-Q4), half year (2026-H1) or year (2026), in Vietnam time.
/// Every period is a whole number of months, so flow figures are kept per month and summed. Periods lie in the
/// <see cref="DateWindow"/>: 9999-12 would have no month after it to end on.
/// </summary>
[JsonConverter(typeof(ReportingPeriodJsonConverter))]
public readonly record struct ReportingPeriod
{
    private ReportingPeriod(PeriodKind kind, int year, int index)
    {
        Kind = kind;
        Year = year;
        Index = index;
    }

    public PeriodKind Kind { get; }

    public int Year { get; }

    /// <summary>Month 1-12, quarter 1-4, half 1-2, or 1 for a year.</summary>
    public int Index { get; }

    public int MonthCount => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.HalfYear => 6,
        _ => 12,
    };

    public int FirstMonth => (Index - 1) * MonthCount + 1;

    /// <summary>The months it covers, as month buckets (yyyymm).</summary>
    public IEnumerable<int> MonthBuckets
    {
        get
        {
            var year = Year;
            return Enumerable.Range(FirstMonth, MonthCount).Select(m => Bucket.Month(year, m));
        }
    }

    public DateOnly FirstDay => new(Year, FirstMonth, 1);

    public DateOnly LastDay => FirstDay.AddMonths(MonthCount).AddDays(-1);

    public ReportingPeriod SamePeriodLastYear => new(Kind, Year - 1, Index);

    public ReportingPeriod Previous => Index > 1 ? new(Kind, Year, Index - 1) : new(Kind, Year - 1, 12 / MonthCount);

    public static ReportingPeriod Month(int year, int month) => Create(PeriodKind.Month, year, month);

    public static ReportingPeriod Create(PeriodKind kind, int year, int index)
    {
        var count = kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, PeriodKind.HalfYear => 2, _ => 1 };
        if (!DateWindow.ContainsYear(year) || index < 1 || index > count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{kind} {index} of {year} is not a period.");
        }

        return new ReportingPeriod(kind, year, index);
    }

    public static ReportingPeriod Containing(DateOnly day, PeriodKind kind) => kind switch
    {
        PeriodKind.Month => new(kind, day.Year, day.Month),
        PeriodKind.Quarter => new(kind, day.Year, (day.Month + 2) / 3),
        PeriodKind.HalfYear => new(kind, day.Year, (day.Month + 5) / 6),
        _ => new(kind, day.Year, 1),
    };

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    /// <summary>Parses 2026-11, 2026-Q4, 2026-H1 or 2026.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim().ToUpperInvariant();
        if (text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !DateWindow.ContainsYear(year))
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = new(PeriodKind.Year, year, 1);
            return true;
        }

        if (text[4] != '-' || text.Length < 6)
        {
            return false;
        }

        var rest = text[5..];
        var (kind, digits) = rest[0] switch
        {
            'Q' => (PeriodKind.Quarter, rest[1..]),
            'H' => (PeriodKind.HalfYear, rest[1..]),
            _ => (PeriodKind.Month, rest),
        };
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ||
            (kind == PeriodKind.Month && digits.Length != 2))
        {
            return false;
        }

        var max = kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, _ => 2 };
        if (index < 1 || index > max)
        {
            return false;
        }

        period = new(kind, year, index);
        return true;
    }

    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period: use 2026-11, 2026-Q4, 2026-H1 or 2026.");

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{Index:D2}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Index}",
        PeriodKind.HalfYear => $"{Year:D4}-H{Index}",
        _ => $"{Year:D4}",
    };
}
