using KpiActors.Domain;

namespace KpiActors.Api.Tests.Reports;

/// <summary>Which window has just closed at an instant, at month, quarter and year boundaries in Vietnam time.</summary>
public sealed class ReportWindowTests
{
    private static DateTimeOffset Vn(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Theory]
    // The NĐ 09 month of January closes at midnight after the 14th; a minute earlier December's is the last closed.
    [InlineData(2017, 1, 14, 23, 59, PeriodKind.Month, "2016-12", "2016-11-15", "2016-12-14")]
    [InlineData(2017, 1, 15, 0, 0, PeriodKind.Month, "2017-01", "2016-12-15", "2017-01-14")]
    // The first quarter closes on 14 March; the year on 14 December.
    [InlineData(2017, 3, 14, 23, 59, PeriodKind.Quarter, "2016-Q4", "2016-09-15", "2016-12-14")]
    [InlineData(2017, 3, 15, 0, 0, PeriodKind.Quarter, "2017-Q1", "2016-12-15", "2017-03-14")]
    [InlineData(2017, 6, 15, 0, 0, PeriodKind.HalfYear, "2017-H1", "2016-12-15", "2017-06-14")]
    [InlineData(2017, 12, 14, 23, 59, PeriodKind.Year, "2016", "2015-12-15", "2016-12-14")]
    [InlineData(2017, 12, 15, 0, 0, PeriodKind.Year, "2017", "2016-12-15", "2017-12-14")]
    public void The_last_closed_nd09_window_turns_at_midnight_after_the_14th_in_Vietnam(
        int year, int month, int day, int hour, int minute, PeriodKind kind, string period, string first, string last)
    {
        var window = ReportWindow.LastClosed(kind, CutOff.Nd09, Vn(year, month, day, hour, minute));

        Assert.Equal((period, DateOnly.Parse(first), DateOnly.Parse(last)), (window.Period.ToString(), window.FirstDay, window.LastDay));
    }

    [Fact]
    public void The_last_closed_calendar_month_turns_at_midnight_in_Vietnam_not_in_UTC()
    {
        // 17:00 UTC on 31 January is midnight on 1 February in Vietnam.
        Assert.Equal("2016-12", ReportWindow.LastClosed(PeriodKind.Month, CutOff.Calendar, new DateTimeOffset(2017, 1, 31, 16, 59, 0, TimeSpan.Zero)).Period.ToString());
        Assert.Equal("2017-01", ReportWindow.LastClosed(PeriodKind.Month, CutOff.Calendar, new DateTimeOffset(2017, 1, 31, 17, 0, 0, TimeSpan.Zero)).Period.ToString());
    }

    [Fact]
    public void An_nd09_window_counts_the_monthly_e_document_counts_of_the_months_that_end_inside_it()
    {
        var quarter = ReportWindow.Of(ReportingPeriod.Parse("2017-Q1"), CutOff.Nd09);

        Assert.Equal(["2016-12", "2017-01", "2017-02"], quarter.CompleteMonths.Select(m => m.ToString()));
        Assert.Equal(["2017-01", "2017-02", "2017-03"], ReportWindow.Of(ReportingPeriod.Parse("2017-Q1"), CutOff.Calendar).CompleteMonths.Select(m => m.ToString()));
    }
}
