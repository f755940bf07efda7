using KpiActors.Domain;

namespace KpiActors.Domain.Tests;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026-11", PeriodKind.Month, 2026, 11)]
    [InlineData("2026-01", PeriodKind.Month, 2026, 1)]
    [InlineData("2026-Q4", PeriodKind.Quarter, 2026, 4)]
    [InlineData("2026-H1", PeriodKind.HalfYear, 2026, 1)]
    [InlineData("2026-H2", PeriodKind.HalfYear, 2026, 2)]
    [InlineData("2026", PeriodKind.Year, 2026, 1)]
    [InlineData("2000-01", PeriodKind.Month, 2000, 1)]
    [InlineData("2099-12", PeriodKind.Month, 2099, 12)]
    public void Every_kind_parses_and_formats_back_to_the_same_text(string text, PeriodKind kind, int year, int index)
    {
        Assert.True(ReportingPeriod.TryParse(text, out var period));

        Assert.Equal((kind, year, index), (period.Kind, period.Year, period.Index));
        Assert.Equal(text, period.ToString());
        Assert.Equal(period, ReportingPeriod.Parse(period.ToString()));
    }

    [Theory]
    [InlineData(" 2026-q4 ", "2026-Q4")]
    [InlineData("2026-h2", "2026-H2")]
    public void Parsing_ignores_case_and_surrounding_space(string text, string canonical) =>
        Assert.Equal(canonical, ReportingPeriod.Parse(text).ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("2026-111")]
    [InlineData("2026-Q0")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q")]
    [InlineData("2026-H0")]
    [InlineData("2026-H3")]
    [InlineData("2026-")]
    [InlineData("2026/11")]
    [InlineData("202611")]
    [InlineData("2026-11-01")]
    [InlineData("26-11")]
    [InlineData("1899")]
    [InlineData("1999-12")]
    [InlineData("2100")]
    [InlineData("9999-12")]
    [InlineData("9999-Q4")]
    [InlineData("9999-H2")]
    [InlineData("-2026")]
    [InlineData("2026-+1")]
    [InlineData("2026-W45")]
    [InlineData("năm 2026")]
    public void Invalid_text_is_not_a_period(string? text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal(default, period);
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        }
    }

    [Theory]
    [InlineData("2026-11", new[] { 202611 })]
    [InlineData("2026-Q1", new[] { 202601, 202602, 202603 })]
    [InlineData("2026-Q4", new[] { 202610, 202611, 202612 })]
    [InlineData("2026-H1", new[] { 202601, 202602, 202603, 202604, 202605, 202606 })]
    [InlineData("2026-H2", new[] { 202607, 202608, 202609, 202610, 202611, 202612 })]
    [InlineData("2026", new[] { 202601, 202602, 202603, 202604, 202605, 202606, 202607, 202608, 202609, 202610, 202611, 202612 })]
    public void APeriodCoversExactlyItsMonths(string text, int[] months) =>
        Assert.Equal(months, ReportingPeriod.Parse(text).MonthBuckets);

    [Theory]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2028-02", "2028-02-01", "2028-02-29")]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31")]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    public void A_period_runs_from_its_first_to_its_last_day(string text, string first, string last)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (period.FirstDay, period.LastDay));
    }

    [Theory]
    [InlineData("2026-01", "2025-12")]
    [InlineData("2026-11", "2026-10")]
    [InlineData("2026-Q1", "2025-Q4")]
    [InlineData("2026-Q3", "2026-Q2")]
    [InlineData("2026-H1", "2025-H2")]
    [InlineData("2026-H2", "2026-H1")]
    [InlineData("2026", "2025")]
    public void The_previous_period_crosses_the_year_boundary(string text, string previous) =>
        Assert.Equal(previous, ReportingPeriod.Parse(text).Previous.ToString());

    [Theory]
    [InlineData("2026-11", "2025-11")]
    [InlineData("2026-Q4", "2025-Q4")]
    [InlineData("2026-H1", "2025-H1")]
    [InlineData("2026", "2025")]
    public void The_same_period_last_year_keeps_its_kind_and_index(string text, string lastYear) =>
        Assert.Equal(lastYear, ReportingPeriod.Parse(text).SamePeriodLastYear.ToString());

    [Theory]
    [InlineData("2026-03-31", "2026-03", "2026-Q1", "2026-H1", "2026")]
    [InlineData("2026-04-01", "2026-04", "2026-Q2", "2026-H1", "2026")]
    [InlineData("2026-06-30", "2026-06", "2026-Q2", "2026-H1", "2026")]
    [InlineData("2026-07-01", "2026-07", "2026-Q3", "2026-H2", "2026")]
    [InlineData("2026-12-31", "2026-12", "2026-Q4", "2026-H2", "2026")]
    public void The_containing_period_of_each_kind_holds_the_day(string day, string month, string quarter, string half, string year)
    {
        var date = DateOnly.Parse(day);
        var periods = new[] { PeriodKind.Month, PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.Year }
            .Select(kind => ReportingPeriod.Containing(date, kind)).ToList();

        Assert.Equal(new[] { month, quarter, half, year }, periods.Select(p => p.ToString()));
        Assert.All(periods, period => Assert.True(period.Contains(date)));
        Assert.All(periods, period => Assert.False(period.Contains(period.LastDay.AddDays(1))));
    }

    [Fact]
    public void An_instant_falls_in_the_period_of_its_date_in_Vietnam()
    {
        // 17:00 UTC on New Year's Eve is already midnight in Hà Nội.
        var instant = new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal("2027-01", ReportingPeriod.Containing(VietnamTime.DateOf(instant), PeriodKind.Month).ToString());
        Assert.Equal("2026-12", ReportingPeriod.Containing(VietnamTime.DateOf(instant.AddTicks(-1)), PeriodKind.Month).ToString());
    }
}
