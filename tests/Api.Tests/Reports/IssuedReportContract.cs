using System.Net;
using System.Text.Json;
using KpiActors.Api.Reports;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests.Reports;

/// <summary>
/// Reports issued when their period closed, on each storage engine: issued once whoever issues them, and kept as
/// they were issued when the facts are corrected later. The issuing is called at chosen instants, as the schedule
/// calls it on the app's clock; the test apps run no schedule, so every issued report is one these tests asked for.
/// </summary>
public abstract class IssuedReportContract(AppFixture fixture)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private KpiApp App => fixture.App;

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>
    /// Hưng Yên (33), February 2018: 40 early and one late (due 20/02, resolved 22/02) = 40/41 = 97,56%. Corrected
    /// after the month was issued: the late dossier was in fact resolved on 19/02, so 41/41 = 100,00%.
    /// At 00:00 on 1 March 2018 in Vietnam, the last closed windows are: calendar February, Q4, H2 and the year 2017;
    /// NĐ 09 February (15/01 to 14/02), Q4, H2 and the year 2017. 8 windows of 34 provinces and the country: 280 reports.
    /// </summary>
    [Fact]
    public async Task Reports_are_issued_once_and_a_later_correction_changes_todays_report_but_not_the_issued_one()
    {
        using var client = App.Client();
        var late = new DossierEvent("33", "33-late", "2018-02-03T08:00:00+07:00", "2018-02-20", "2018-02-22T09:00:00+07:00", "resolved");
        await client.PostAsync("/api/v1/dossiers", Wire.Json(Samples.Month("33", 2018, 2, 40, 0, 0).Append(late))).ReceiptAsync();
        var issuing = App.Services.GetRequiredService<ReportIssuing>();
        var closedAt = new DateTimeOffset(2018, 3, 1, 0, 0, 0, Vietnam);

        // Two nodes looking at the same moment: each report is kept once.
        var issued = await Task.WhenAll(issuing.IssueClosedAsync(closedAt, CancellationToken.None), issuing.IssueClosedAsync(closedAt, CancellationToken.None));
        Assert.Equal(280, issued.Sum());
        Assert.Equal(0, await issuing.IssueClosedAsync(closedAt.AddMinutes(1), CancellationToken.None));
        Assert.Equal(280, await App.CountAsync("SELECT COUNT(*) FROM issued_reports"));

        var nd09 = await client.GetAsync("/api/v1/reports/issued?period=2018-02&cutoff=nd09").JsonAsync();
        Assert.Equal(35, nd09.GetArrayLength());
        Assert.All(nd09.EnumerateArray(), r => Assert.Equal(("2018-01-15", "2018-02-14"), (r.Text("from"), r.Text("to"))));

        var listed = (await client.GetAsync("/api/v1/reports/issued?province=hung-yen&period=2018-02&cutoff=calendar").JsonAsync()).EnumerateArray().Single();
        Assert.Equal("33", listed.Text("province"));
        Assert.Equal(closedAt, listed.GetProperty("issuedAt").GetDateTimeOffset());
        Assert.False(listed.GetProperty("changed").GetBoolean());
        var files = listed.GetProperty("files");
        var issuedDocx = await DownloadAsync(client, files.Text("docx"));
        var issuedXlsx = await DownloadAsync(client, files.Text("xlsx"));
        var issuedText = ReportReader.WordText(issuedDocx);
        Assert.Contains("Hưng Yên, ngày 01 tháng 03 năm 2018", issuedText);

        // Written in 2018, before the Sở Thông tin và Truyền thông merged into the Sở Khoa học và Công nghệ (1 March 2025).
        Assert.Contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", issuedText);
        Assert.Contains("Số:      /BC-STTTT", issuedText);
        Assert.Contains("Tỷ lệ giải quyết đúng và trước hạn đạt 97,56% (40/41 hồ sơ đã giải quyết).", issuedText);

        await client.PostAsync("/api/v1/dossiers", Wire.Json([late with { ResolvedAt = "2018-02-19T09:00:00+07:00" }])).ReceiptAsync();
        await Poll.UntilAsync(() => client.ReadingAsync("33", "ontime", "2018-02"), r => r.GetProperty("numerator").GetInt64() == 41,
            TimeSpan.FromSeconds(30), "the correction on the board");

        listed = (await client.GetAsync("/api/v1/reports/issued?province=33&period=2018-02&cutoff=calendar").JsonAsync()).EnumerateArray().Single();
        Assert.True(listed.GetProperty("changed").GetBoolean());
        Assert.Equal(issuedDocx, await DownloadAsync(client, files.Text("docx")));
        Assert.Equal(issuedXlsx, await DownloadAsync(client, files.Text("xlsx")));
        var today = ReportReader.WordText(await DownloadAsync(client, "/api/v1/reports/33?period=2018-02&format=docx"));
        Assert.Contains("Tỷ lệ giải quyết đúng và trước hạn đạt 100,00% (41/41 hồ sơ đã giải quyết).", today);
        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", today);

        // Another province's report of the same month was written from figures that did not change.
        var other = (await client.GetAsync("/api/v1/reports/issued?province=01&period=2018-02&cutoff=calendar").JsonAsync()).EnumerateArray().Single();
        Assert.False(other.GetProperty("changed").GetBoolean());
    }
}

public sealed class IssuedReportOnSqlite(SqliteApp fixture) : IssuedReportContract(fixture), IClassFixture<SqliteApp>;

public sealed class IssuedReportOnPostgres(PostgresApp fixture) : IssuedReportContract(fixture), IClassFixture<PostgresApp>;
