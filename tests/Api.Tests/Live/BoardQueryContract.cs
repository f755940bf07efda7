using System.Net;
using System.Text.Json;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;
using static KpiActors.Api.Tests.ApiKit;

namespace KpiActors.Api.Tests.Live;

/// <summary>
/// The read side on each storage engine: periods longer than a month, the same period last year, an
/// indicator's history, one province's page, and the problems a bad query gets.
/// </summary>
public abstract class BoardQueryContract(AppFixture fixture)
{
    /// <summary>
    /// Cần Thơ's on-time figures, by hand:
    /// 2026-04: 12 early, 3 on time, 5 late = 15/20; 2026-05: 20 + 5 + 0 = 25/25; 2026-06: 6 + 1 + 3 = 7/10.
    /// 2025-04: 4 early, 6 late = 4/10; 2025-05: 7 + 3 late = 7/10; 2025-06 (district level, before the reform): 5 on time, 5 late = 5/10.
    /// Q2 2026: 47/55 (55 ≥ 30 dossiers, 0.855 < 0.90: behind); Q2 2025: 16/30.
    /// </summary>
    private const string Province = "92";

    private KpiApp App => fixture.App;

    private static string CurrentMonth => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM");

    /// <summary>Every test sends the same facts: only the first sending changes anything, so test order does not matter.</summary>
    private async Task<HttpClient> SeededClientAsync()
    {
        var client = App.Client();
        var rows = Samples.Month(Province, 2026, 4, 12, 3, 5)
            .Concat(Samples.Month(Province, 2026, 5, 20, 5, 0))
            .Concat(Samples.Month(Province, 2026, 6, 6, 1, 3))
            .Concat(Samples.Month(Province, 2025, 4, 4, 0, 6))
            .Concat(Samples.Month(Province, 2025, 5, 7, 0, 3))
            .Concat(Samples.Month(Province, 2025, 6, 0, 5, 5, level: "district"))
            .ToList();
        var receipt = await client.PostAsync("/api/v1/dossiers", Wire.Json(rows)).ReceiptAsync();
        Assert.Equal(85, receipt.Rows);
        Assert.Equal(85, receipt.Changed + receipt.Unchanged);
        return client;
    }

    [Fact]
    public async Task A_quarter_sums_its_three_months_exactly_and_compares_with_the_same_quarter_last_year()
    {
        using var client = await SeededClientAsync();

        var quarter = await client.ReadingAsync(Province, "ontime", "2026-Q2");

        Assert.Equal("2026-Q2", quarter.Text("period"));
        quarter.AssertRatio(47, 55);
        Assert.Equal(Expect(("received", 55), ("early", 38), ("onTime", 9), ("late", 8), ("returned", 0), ("cancelled", 0)), quarter.Counts());
        Assert.Equal(16, quarter.GetProperty("lastYearNumerator").GetInt64());
        Assert.Equal(30, quarter.GetProperty("lastYearDenominator").GetInt64());
        Assert.Equal(16.0 / 30, quarter.GetProperty("lastYearValue").GetDouble());
        Assert.Equal("behind", quarter.Text("status"));
    }

    [Fact]
    public async Task A_month_compares_with_the_same_month_last_year_and_a_small_sample_is_not_judged()
    {
        using var client = await SeededClientAsync();

        var may = await client.ReadingAsync(Province, "ontime", "2026-05");

        may.AssertRatio(25, 25);
        Assert.Equal(7, may.GetProperty("lastYearNumerator").GetInt64());
        Assert.Equal(10, may.GetProperty("lastYearDenominator").GetInt64());
        Assert.Equal(0.7, may.GetProperty("lastYearValue").GetDouble());

        // 25 dossiers are fewer than the minimum sample of 30: a perfect month is still not judged.
        Assert.Equal("not-enough-data", may.Text("status"));
    }

    [Fact]
    public async Task A_half_year_and_a_year_sum_their_months_and_a_period_without_data_has_no_value()
    {
        using var client = await SeededClientAsync();

        (await client.ReadingAsync(Province, "ontime", "2026-H1")).AssertRatio(47, 55);
        var year = await client.ReadingAsync(Province, "ontime", "2026");
        year.AssertRatio(47, 55);
        Assert.Equal(30, year.GetProperty("lastYearDenominator").GetInt64());
        var empty = await client.ReadingAsync(Province, "ontime", "2026-Q1");
        empty.AssertRatio(0, 0);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("gap").ValueKind);
        Assert.Equal("not-enough-data", empty.Text("status"));
    }

    [Fact]
    public async Task History_gives_count_periods_of_the_asked_kind_oldest_first_ending_at_until()
    {
        using var client = await SeededClientAsync();
        async Task<(string Period, long Numerator, long Denominator)[]> History(string query) =>
            (await client.GetAsync($"/api/v1/provinces/{Province}/indicators/ontime/history?{query}").JsonAsync())
            .EnumerateArray().Select(r => (r.Text("period"), r.GetProperty("numerator").GetInt64(), r.GetProperty("denominator").GetInt64())).ToArray();

        Assert.Equal([("2026-04", 15, 20), ("2026-05", 25, 25), ("2026-06", 7, 10)], await History("kind=month&count=3&until=2026-06"));
        Assert.Equal([("2026-Q1", 0, 0), ("2026-Q2", 47, 55)], await History("kind=quarter&count=2&until=2026-Q2"));
        Assert.Equal([("2025-H1", 16, 30), ("2025-H2", 0, 0), ("2026-H1", 47, 55)], await History("kind=half-year&count=3&until=2026-H1"));
        Assert.Equal([("2025", 16, 30), ("2026", 47, 55)], await History("kind=year&count=2&until=2026"));

        // Without parameters: the last 12 months up to the current one.
        var defaults = await History("");
        Assert.Equal(12, defaults.Length);
        Assert.Equal(CurrentMonth, defaults[^1].Period);
        Assert.Equal(defaults.Select(d => d.Period).Order(StringComparer.Ordinal), defaults.Select(d => d.Period));
    }

    [Fact]
    public async Task A_history_query_with_a_bad_kind_count_or_until_is_400_naming_that_parameter()
    {
        using var client = App.Client();
        const string path = $"/api/v1/provinces/{Province}/indicators/ontime/history";

        Assert.Equal([new(null, "kind")], (await client.GetAsync($"{path}?kind=week").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "count")], (await client.GetAsync($"{path}?count=0").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "count")], (await client.GetAsync($"{path}?count=121").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "until")], (await client.GetAsync($"{path}?kind=month&until=2026-Q2").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "until")], (await client.GetAsync($"{path}?until=someday").ProblemAsync(HttpStatusCode.BadRequest)).Errors);

        // Not a number at all: the framework refuses it before the endpoint runs, still as a problem naming it.
        Assert.Contains("count", (await client.GetAsync($"{path}?count=abc").ProblemAsync(HttpStatusCode.BadRequest)).Detail);
    }

    [Fact]
    public async Task An_unknown_indicator_is_a_404_problem_naming_the_indicator()
    {
        using var client = App.Client();

        var board = await client.GetAsync("/api/v1/board?indicator=happiness").ProblemAsync(HttpStatusCode.NotFound);
        var history = await client.GetAsync($"/api/v1/provinces/{Province}/indicators/happiness/history").ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal([new(null, "indicator")], board.Errors);
        Assert.Equal([new(null, "indicator")], history.Errors);
    }

    [Fact]
    public async Task An_unknown_province_is_a_404_problem_naming_the_province()
    {
        using var client = App.Client();

        var page = await client.GetAsync("/api/v1/provinces/99").ProblemAsync(HttpStatusCode.NotFound);
        var history = await client.GetAsync("/api/v1/provinces/atlantis/indicators/ontime/history").ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal([new(null, "province")], page.Errors);
        Assert.Equal([new(null, "province")], history.Errors);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("11-2026")]
    [InlineData("2026-1")]
    public async Task A_bad_period_is_400_naming_the_period(string period)
    {
        using var client = App.Client();

        var board = await client.GetAsync($"/api/v1/board?period={period}").ProblemAsync(HttpStatusCode.BadRequest);
        var page = await client.GetAsync($"/api/v1/provinces/{Province}?period={period}").ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, "period")], board.Errors);
        Assert.Equal([new(null, "period")], page.Errors);
    }

    [Fact]
    public async Task A_province_page_has_every_indicator_for_the_period_and_answers_to_its_slug_and_legacy_codes()
    {
        using var client = await SeededClientAsync();

        var page = await client.GetAsync("/api/v1/provinces/hau-giang?period=2026-Q2").JsonAsync();

        Assert.Equal(Province, page.GetProperty("province").Text("code"));
        Assert.Equal("Cần Thơ", page.GetProperty("province").Text("name"));
        Assert.Equal("2026-Q2", page.Text("period"));
        var readings = page.GetProperty("indicators").EnumerateArray().ToDictionary(r => r.Text("indicator"));
        Assert.Equal(["edoc", "online-dossier", "online-l4", "ontime"], readings.Keys.Order(StringComparer.Ordinal));
        readings["ontime"].AssertRatio(47, 55);
        readings["online-dossier"].AssertRatio(55, 55);
        readings["edoc"].AssertRatio(0, 0);
    }

    [Fact]
    public async Task The_board_without_parameters_is_the_on_time_rate_of_the_current_month_with_live_counts()
    {
        using var client = App.Client();
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset);

        // Recent enough to lie in the current month, never in the future; due in ten days.
        var recent = (now.AddHours(-2) < monthStart ? monthStart : now.AddHours(-2)).ToString("yyyy-MM-ddTHH:mm:sszzz");
        var due = now.AddDays(10).ToString("yyyy-MM-dd");
        var rows = new[]
        {
            new DossierEvent("96", "LIVE-1", recent, due, recent, "resolved"),
            new DossierEvent("96", "LIVE-2", recent, due, null, "in-progress"),

            // Received in January and still open past its due date: overdue now, but not this month's intake.
            new DossierEvent("96", "LIVE-3", "2026-01-05T08:00:00+07:00", "2026-01-20", null, "in-progress"),
        };
        await client.PostAsync("/api/v1/dossiers", Wire.Json(rows)).ReceiptAsync();

        var board = await client.GetAsync("/api/v1/board").JsonAsync();

        Assert.Equal("ontime", board.Text("indicator"));
        Assert.Equal(now.ToString("yyyy-MM"), board.Text("period"));
        var provinces = board.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(34, provinces.Count);
        var summary = board.GetProperty("summary").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.GetInt32());
        Assert.Equal(["at-risk", "behind", "met", "not-enough-data", "on-track"], summary.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(34, summary.Values.Sum());
        foreach (var status in summary.Keys)
        {
            Assert.Equal(provinces.Count(p => p.Text("status") == status), summary[status]);
        }

        var caMau = provinces.Single(p => p.Text("province") == "96");
        caMau.AssertRatio(1, 1);
        Assert.Equal(
            Expect(("received", 2), ("early", 1), ("onTime", 0), ("late", 0), ("returned", 0), ("cancelled", 0), ("inProgress", 2), ("overdue", 1)),
            caMau.Counts());
        Assert.Equal("not-enough-data", caMau.Text("status"));
        Assert.True(caMau.GetProperty("sequence").GetInt64() > 0);
    }

    [Fact]
    public async Task Provinces_and_indicators_list_the_34_current_units_and_the_4_built_in_indicators()
    {
        using var client = App.Client();

        var provinces = (await client.GetAsync("/api/v1/provinces").JsonAsync()).EnumerateArray().ToList();
        var indicators = (await client.GetAsync("/api/v1/indicators").JsonAsync()).EnumerateArray().ToList();

        Assert.Equal(34, provinces.Count);
        var haiPhong = provinces.Single(p => p.Text("code") == "31");
        Assert.Equal(["30", "31"], haiPhong.GetProperty("predecessors").EnumerateArray().Select(p => p.Text("code")).Order(StringComparer.Ordinal));
        Assert.Equal(["edoc", "online-dossier", "online-l4", "ontime"], indicators.Select(i => i.Text("id")).Order(StringComparer.Ordinal));
        var onTime = indicators.Single(i => i.Text("id") == "ontime");
        Assert.Equal(0.95, onTime.GetProperty("targets").EnumerateArray().Single().GetProperty("value").GetDouble());
    }
}

public sealed class BoardQueryOnSqlite(SqliteApp fixture) : BoardQueryContract(fixture), IClassFixture<SqliteApp>;

public sealed class BoardQueryOnPostgres(PostgresApp fixture) : BoardQueryContract(fixture), IClassFixture<PostgresApp>;
