using System.Globalization;
using KpiActors.Domain;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Reports;

/// <summary>The schedule as deployed: on the app's clock, the reports of the month that last closed are issued without anyone asking.</summary>
public sealed class ReportScheduleTests(ScheduledReportsApp fixture) : IClassFixture<ScheduledReportsApp>
{
    [Fact]
    public async Task The_reports_of_the_month_that_closed_last_are_issued_on_schedule_for_every_province_and_the_country()
    {
        using var client = fixture.App.Client();
        // The calendar month before this one in Vietnam (UTC+7, no summer time): it closed at midnight on the 1st.
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        await Poll.UntilAsync(
            () => fixture.App.CountAsync($"SELECT COUNT(*) FROM issued_reports WHERE period = '{month}' AND cutoff = 'calendar'"), count => count == 35,
            TimeSpan.FromSeconds(120), $"the reports of {month}");
        var issued = await client.GetAsync($"/api/v1/reports/issued?period={month}&cutoff=calendar").JsonAsync();

        Assert.Equal(
            ProvinceCatalog.Vietnam.All.Select(p => p.Code).Append("national").Order(StringComparer.Ordinal),
            issued.EnumerateArray().Select(r => r.Text("province")).Order(StringComparer.Ordinal));
        Assert.All(issued.EnumerateArray(), r => Assert.False(r.GetProperty("changed").GetBoolean()));
    }
}

/// <summary>The schedule on, looking every second.</summary>
public sealed class ScheduledReportsApp() : AppFixture(StorageEngine.Sqlite, new Dictionary<string, string?>
{
    ["Reports:IssueClosedPeriods"] = "true",
    ["Reports:IssueEvery"] = "00:00:01",
});
