using System.Net;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Reports;

/// <summary>
/// The reports on each storage engine, read back from the files the app writes. Each test has its own provinces
/// and periods, since a report ranks all 34 provinces of its period.
/// </summary>
public abstract class ReportContract(AppFixture fixture)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string OnTimeSheet = "Tỷ lệ hồ sơ giải quyết đúng hạn";

    private KpiApp App => fixture.App;

    private static async Task<byte[]> FileAsync(HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> HtmlAsync(HttpClient client, string url) =>
        System.Text.Encoding.UTF8.GetString(await FileAsync(client, url, "text/html"));

    /// <summary>
    /// Bắc Ninh (24), January 2018, by hand: 1.000 early, 100 on time, 50 late of 1.152 received, all online;
    /// two still open when the month closed, one of them due on 10/01 (overdue). 1.100/1.150 = 95,65% ≥ 95%: met.
    /// January 2017: 30 early, 10 late = 75,00%, so 20,65 percentage points up. Lạng Sơn (20) did 40 of 40 early,
    /// so Bắc Ninh ranks 2nd of 34.
    /// </summary>
    [Fact]
    public async Task A_province_report_for_a_calendar_month_writes_the_boards_figures_in_Vietnamese_formats_in_all_three_formats()
    {
        using var client = App.Client();
        var rows = Samples.Month("24", 2018, 1, 1000, 100, 50)
            .Concat(Samples.Month("24", 2017, 1, 30, 0, 10))
            .Concat(Samples.Month("20", 2018, 1, 40, 0, 0))
            .Append(new DossierEvent("24", "open-overdue", "2018-01-05T08:00:00+07:00", "2018-01-10", null, "in-progress"))
            .Append(new DossierEvent("24", "open-due-later", "2018-01-25T08:00:00+07:00", "2018-02-20", null, "received"))
            .ToList();
        await client.PostAsync("/api/v1/dossiers", Wire.Json(rows)).ReceiptAsync();
        var board = await client.ReadingAsync("24", "ontime", "2018-01");
        board.AssertRatio(1100, 1150);

        var html = await HtmlAsync(client, "/api/v1/reports/24?period=2018-01");
        var docx = await FileAsync(client, "/api/v1/reports/24?period=2018-01&format=docx", Docx);
        var xlsx = await FileAsync(client, "/api/v1/reports/24?period=2018-01&format=xlsx", Xlsx);

        var text = ReportReader.WordText(docx);
        foreach (var expected in new[]
                 {
                     "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /BC-SKHCN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Kết quả thực hiện các chỉ tiêu chuyển đổi số của tỉnh Bắc Ninh tháng 01 năm 2018",
                     "Số liệu từ ngày 01/01/2018 đến ngày 31/01/2018.",
                     "Tổng số hồ sơ tiếp nhận trong kỳ là 1.152 hồ sơ; đã giải quyết 1.150 hồ sơ, trong đó trước hạn 1.000 hồ sơ, đúng hạn 100 hồ sơ, " +
                     "quá hạn 50 hồ sơ; trả lại 0 hồ sơ, hủy 0 hồ sơ. Tỷ lệ giải quyết đúng và trước hạn đạt 95,65% (1.100/1.150 hồ sơ đã giải quyết). " +
                     "Tại ngày 31/01/2018 còn 2 hồ sơ đang giải quyết, trong đó 1 hồ sơ đã quá hạn.",
                     "Chỉ tiêu: 95,00% theo Nghị định 61/2018/NĐ-CP; kết quả vượt 0,65 điểm phần trăm.",
                     "So với cùng kỳ năm 2017 (75,00%), tăng 20,65 điểm phần trăm.",
                     "Xếp thứ 2/34 tỉnh, thành phố.",
                     "Đánh giá: đạt chỉ tiêu; đề nghị tiếp tục duy trì.",
                     "Tổng số hồ sơ tiếp nhận là 1.152 hồ sơ, trong đó trực tuyến 1.152 hồ sơ, trực tiếp 0 hồ sơ, qua dịch vụ bưu chính công ích 0 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 100,00%.",
                     "Nơi nhận:", "- Bộ Khoa học và Công nghệ (để báo cáo);",
                 })
        {
            Assert.Contains(expected, text);
            Assert.Contains(expected, html);
        }

        Assert.Equal((11906U, 16838U, "Times New Roman"), ReportReader.WordPage(docx));
        var errors = ReportReader.WordErrors(docx).Concat(ReportReader.WorkbookErrors(xlsx)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var sheets = ReportReader.Sheets(xlsx);
        Assert.Equal(["Tỷ lệ văn bản điện tử", OnTimeSheet, "Tỷ lệ dịch vụ công trực tuyến m", "Tỷ lệ hồ sơ trực tuyến"], sheets.Keys);
        var (onTime, frozen) = sheets[OnTimeSheet];
        Assert.True(frozen);
        Assert.Equal(new SheetCell(1152, null, 3), onTime.Row("Hồ sơ tiếp nhận"));
        Assert.Equal(new SheetCell(1000, null, 3), onTime.Row("Giải quyết trước hạn"));
        Assert.Equal(new SheetCell(50, null, 3), onTime.Row("Giải quyết quá hạn"));
        Assert.Equal(new SheetCell(2, null, 3), onTime.Row("Đang giải quyết"));
        Assert.Equal(new SheetCell(1, null, 3), onTime.Row("Đang giải quyết, đã quá hạn"));
        Assert.Equal(new SheetCell(board.GetProperty("value").GetDouble(), null, 10), onTime.Row("Tỷ lệ"));
        Assert.Equal(new SheetCell(0.75, null, 10), onTime.Row("Cùng kỳ năm 2017"));
        Assert.Equal(new SheetCell(2, null, 3), onTime.Row("Xếp hạng"));
        Assert.Equal("Đạt chỉ tiêu", onTime.Row("Đánh giá").Text);
    }

    /// <summary>
    /// Phú Thọ (25), dossiers on the edges of the NĐ 09 window of January 2017 (15/12/2016 to 14/01/2017, Vietnam time):
    /// A received 14/12 23:30, resolved 20/12 (received before, resolved inside); B received 14/12 17:30 UTC = 15/12 00:30 (inside, open);
    /// C received 14/01 23:59 (inside, open); D received 14/01 17:00 UTC = 15/01 00:00 (after); E received 20/12, resolved 14/01 23:00 (inside, early);
    /// F received 02/01, resolved 14/01 17:30 UTC = 15/01 00:30 (received inside, resolved after: open at the cut-off).
    /// E-documents: December 2016 (900 of 1.000) is the month complete by the cut-off; January (50 of 100) is not.
    /// </summary>
    [Fact]
    public async Task An_nd09_report_counts_from_the_15th_to_the_14th_in_Vietnam_time_and_states_its_window()
    {
        using var client = App.Client();
        DossierEvent Dossier(string id, string received, string due, string? resolved) =>
            new("25", id, received, due, resolved, resolved is null ? "in-progress" : "resolved");
        await client.PostAsync("/api/v1/dossiers", Wire.Json(
        [
            Dossier("A", "2016-12-14T23:30:00+07:00", "2016-12-30", "2016-12-20T10:00:00+07:00"),
            Dossier("B", "2016-12-14T17:30:00Z", "2017-03-31", null),
            Dossier("C", "2017-01-14T23:59:00+07:00", "2017-03-31", null),
            Dossier("D", "2017-01-14T17:00:00Z", "2017-03-31", null),
            Dossier("E", "2016-12-20T08:00:00+07:00", "2017-01-31", "2017-01-14T23:00:00+07:00"),
            Dossier("F", "2017-01-02T08:00:00+07:00", "2017-01-31", "2017-01-14T17:30:00Z"),
        ])).ReceiptAsync();
        await client.PostAsync("/api/v1/edoc-counts", Wire.JsonObjects(
            new EDocCount("25", "Sở Nội vụ", "province", "outgoing", "2016-12", 900, 1000),
            new EDocCount("25", "Sở Nội vụ", "province", "outgoing", "2017-01", 50, 100))).ReceiptAsync();

        var sheets = ReportReader.Sheets(await FileAsync(client, "/api/v1/reports/25?period=2017-01&cutoff=nd09&format=xlsx", Xlsx));
        var onTime = sheets[OnTimeSheet].Rows;
        Assert.Equal(4, onTime.Row("Hồ sơ tiếp nhận").Number);
        Assert.Equal(2, onTime.Row("Giải quyết trước hạn").Number);
        Assert.Equal(3, onTime.Row("Đang giải quyết").Number);
        Assert.Equal(0, onTime.Row("Đang giải quyết, đã quá hạn").Number);
        Assert.Equal(1.0, onTime.Row("Tỷ lệ").Number);
        var edoc = sheets["Tỷ lệ văn bản điện tử"].Rows;
        Assert.Equal(1000, edoc.Row("Tổng số văn bản").Number);
        Assert.Equal(900, edoc.Row("Cấp tỉnh, văn bản đi: điện tử").Number);
        Assert.Equal(0.9, edoc.Row("Tỷ lệ").Number);

        var text = ReportReader.WordText(await FileAsync(client, "/api/v1/reports/25?period=2017-01&cutoff=nd09&format=docx", Docx));
        Assert.Contains("tháng 01 năm 2017 (kỳ chốt số liệu theo Nghị định số 09/2019/NĐ-CP)", text);
        Assert.Contains("Số liệu từ ngày 15/12/2016 đến ngày 14/01/2017.", text);
        Assert.Contains("Tại ngày 14/01/2017 còn 3 hồ sơ đang giải quyết", text);

        // The calendar month of the same data: C, D, F received in January; E and F resolved in it.
        var calendar = ReportReader.Sheets(await FileAsync(client, "/api/v1/reports/25?period=2017-01&format=xlsx", Xlsx));
        Assert.Equal(3, calendar[OnTimeSheet].Rows.Row("Hồ sơ tiếp nhận").Number);
        Assert.Equal(2, calendar[OnTimeSheet].Rows.Row("Giải quyết trước hạn").Number);
        Assert.Equal(0.5, calendar["Tỷ lệ văn bản điện tử"].Rows.Row("Tỷ lệ").Number);

        // A quarter runs from the 15th of the month before it to the 14th of its last month; D falls inside it.
        var quarter = ReportReader.Sheets(await FileAsync(client, "/api/v1/reports/25?period=2017-Q1&cutoff=nd09&format=xlsx", Xlsx));
        Assert.Equal(5, quarter[OnTimeSheet].Rows.Row("Hồ sơ tiếp nhận").Number);
        foreach (var (period, window) in new[]
                 {
                     ("2017-Q1", "từ ngày 15/12/2016 đến ngày 14/03/2017"), ("2017-H1", "từ ngày 15/12/2016 đến ngày 14/06/2017"),
                     ("2017-H2", "từ ngày 15/06/2017 đến ngày 14/12/2017"), ("2017", "từ ngày 15/12/2016 đến ngày 14/12/2017"),
                     ("2017-03", "từ ngày 15/02/2017 đến ngày 14/03/2017"),
                 })
        {
            Assert.Contains($"Số liệu {window}.", await HtmlAsync(client, $"/api/v1/reports/25?period={period}&cutoff=nd09"));
        }
    }

    [Fact]
    public async Task A_period_without_data_says_so_instead_of_printing_zero_percent()
    {
        using var client = App.Client();

        var html = await HtmlAsync(client, "/api/v1/reports/40?period=2010-05");
        var text = ReportReader.WordText(await FileAsync(client, "/api/v1/reports/40?period=2010-05&format=docx", Docx));
        var national = ReportReader.WordText(await FileAsync(client, "/api/v1/reports/national?period=2010-05&format=docx", Docx));
        var sheets = ReportReader.Sheets(await FileAsync(client, "/api/v1/reports/40?period=2010-05&format=xlsx", Xlsx));

        foreach (var document in new[] { html, text })
        {
            Assert.Contains("Trong kỳ không có số liệu về tỷ lệ văn bản điện tử.", document);
            Assert.Contains("Tổng số hồ sơ tiếp nhận trong kỳ là 0 hồ sơ; trong kỳ không có hồ sơ nào được giải quyết xong", document);
            Assert.DoesNotMatch(@"(?<![0-9])0,00%", document);
        }

        Assert.Contains("Trong kỳ không có số liệu về tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh, thành phố nào.", national);
        Assert.DoesNotMatch(@"(?<![0-9])0,00%", national);
        Assert.Equal(new SheetCell(null, "Chưa có số liệu", 0), sheets[OnTimeSheet].Rows.Row("Tỷ lệ"));
    }

    /// <summary>Hà Tĩnh (42), March 2017: 50 of 50 on time; Nghệ An (40), 20 early and 20 late of 40: behind.</summary>
    [Fact]
    public async Task The_national_report_ranks_all_34_provinces_and_names_those_behind()
    {
        using var client = App.Client();
        await client.PostAsync("/api/v1/dossiers", Wire.Json(
            Samples.Month("42", 2017, 3, 0, 50, 0).Concat(Samples.Month("40", 2017, 3, 20, 0, 20)))).ReceiptAsync();

        var text = ReportReader.WordText(await FileAsync(client, "/api/v1/reports/national?period=2017-03&format=docx", Docx));
        var sheets = ReportReader.Sheets(await FileAsync(client, "/api/v1/reports/national?period=2017-03&format=xlsx", Xlsx));

        Assert.Contains("Cả nước đạt 77,78% (70/90).", text);
        Assert.Contains("1/34 tỉnh, thành phố đạt chỉ tiêu; 1 tỉnh, thành phố không đạt chỉ tiêu: Nghệ An.", text);
        Assert.Contains("Dẫn đầu: Hà Tĩnh (100,00%).", text);
        var (rows, frozen) = sheets[OnTimeSheet];
        Assert.True(frozen);
        Assert.Equal(["Hạng", "Tỉnh, thành phố", "Đạt", "Tổng số", "Tỷ lệ", "Chỉ tiêu", "Đánh giá"], rows[0].Select(c => c.Text));
        Assert.Equal(1 + 34 + 1, rows.Count);
        Assert.Equal([new(1, null, 3), new(null, "Hà Tĩnh", 0), new(50, null, 3), new(50, null, 3), new(1.0, null, 10), new(0.95, null, 10), new(null, "Đạt chỉ tiêu", 0)], rows[1]);
        Assert.Equal([new(2, null, 3), new(null, "Nghệ An", 0), new(20, null, 3), new(40, null, 3), new(0.5, null, 10), new(0.95, null, 10), new(null, "Không đạt chỉ tiêu", 0)], rows[2]);
        Assert.Equal([new(null, "", 0), new(null, "Cả nước", 0), new(70, null, 3), new(90, null, 3), new(70.0 / 90, null, 10), new(null, "", 0), new(null, "", 0)], rows[^1]);
    }

    [Fact]
    public async Task Bad_parameters_get_problems_naming_the_field()
    {
        using var client = App.Client();

        Assert.Equal([new(null, "period")], (await client.GetAsync("/api/v1/reports/24?period=2017-13").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "period")], (await client.GetAsync("/api/v1/reports/24?period=2099-01").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "format")], (await client.GetAsync("/api/v1/reports/24?period=2017-01&format=pdf").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "cutoff")], (await client.GetAsync("/api/v1/reports/national?period=2017-01&cutoff=weekly").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "province")], (await client.GetAsync("/api/v1/reports/atlantis?period=2017-01").ProblemAsync(HttpStatusCode.NotFound)).Errors);
        Assert.Equal([new(null, "province")], (await client.GetAsync("/api/v1/reports/issued?province=atlantis").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "cutoff")], (await client.GetAsync("/api/v1/reports/issued?cutoff=nd30").ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal([new(null, "id")], (await client.GetAsync("/api/v1/reports/issued/999999").ProblemAsync(HttpStatusCode.NotFound)).Errors);
        using var anonymous = App.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/reports/24?period=2017-01")).StatusCode);
    }
}

public sealed class ReportOnSqlite(SqliteApp fixture) : ReportContract(fixture), IClassFixture<SqliteApp>;

public sealed class ReportOnPostgres(PostgresApp fixture) : ReportContract(fixture), IClassFixture<PostgresApp>;
