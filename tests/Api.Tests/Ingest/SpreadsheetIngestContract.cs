using System.Net;
using System.Text.Json;
using KpiActors.Api.Tests.Ingest.Golden;
using KpiActors.TestSupport;
using static KpiActors.Api.Tests.ApiKit;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// POST /api/v1/dossiers with spreadsheets as offices export them, on each storage engine: the golden files hold the
/// 37 September dossiers of <see cref="Samples.SeptemberBatch"/> and must store exactly the facts the API's own JSON does.
/// </summary>
public abstract class SpreadsheetIngestContract(AppFixture fixture)
{
    private const string Dossiers = "/api/v1/dossiers";

    private KpiApp App => fixture.App;

    [Theory]
    [InlineData(GoldenFiles.SemicolonCsv, "14")]
    [InlineData(GoldenFiles.CommaCsv, "15")]
    [InlineData(GoldenFiles.Xlsx, "19")]
    public async Task A_golden_spreadsheet_stores_the_same_facts_as_the_json_of_its_dossiers(string file, string province)
    {
        using var office = App.Client(await App.CreateKeyAsync("office", province));

        Assert.Equal(new Receipt(37, 37, 0), await office.PostAsync(Dossiers, GoldenFiles.Body(file)).ReceiptAsync());

        var onTime = await office.ReadingAsync(province, "ontime", Samples.September);
        onTime.AssertRatio(30, 34);
        Assert.Equal(Expect(("received", 37), ("early", 20), ("onTime", 10), ("late", 4), ("returned", 1), ("cancelled", 0)), onTime.Counts());
        var online = await office.ReadingAsync(province, "online-dossier", Samples.September);
        Assert.Equal(Expect(("received", 37), ("online", 24), ("inPerson", 10), ("postal", 3)), online.Counts());
        Assert.Equal(1, await App.CountAsync(
            $"SELECT COUNT(*) FROM dossiers WHERE province = '{province}' AND procedure_code = '1.004227, cấp lại \"bản sao\"'"));

        // Any date, word or code read differently from the JSON of the same dossiers would be a change.
        var board = await office.BoardTextAsync("ontime", Samples.September);
        Assert.Equal(new Receipt(37, 0, 37), await office.PostAsync(Dossiers, Wire.Json(Samples.SeptemberBatch(province))).ReceiptAsync());
        Assert.Equal(board, await office.BoardTextAsync("ontime", Samples.September));
    }

    [Fact]
    public async Task A_header_the_api_does_not_know_is_named_and_nothing_is_stored()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "20"));
        var csv = GoldenFiles.Text(GoldenFiles.SemicolonCsv).Replace("Trạng thái", "Người nộp", StringComparison.Ordinal);
        var stored = await App.StoredRowsAsync();

        var problem = await office.PostAsync(Dossiers, Wire.Raw(csv, "text/csv")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, "Người nộp")], problem.Errors);
        Assert.Contains("Trạng thái", problem.Body.GetProperty("errors")[0].GetProperty("reason").GetString());
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task Bad_rows_are_named_by_their_row_in_the_sheet_and_their_header_and_nothing_is_stored()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "22"));
        var rows = GoldenFiles.SemicolonRows();
        rows[4][4] = "31/09/2026 08:00";
        rows[9][7] = "Xong";
        rows[9][5] = "";
        var stored = await App.StoredRowsAsync();

        var problem = await office.PostAsync(Dossiers, GoldenFiles.Workbook(rows)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(3, "Ngày tiếp nhận"), new(8, "Ngày hẹn trả"), new(8, "Trạng thái")], problem.Errors);
        Assert.Equal([5, 10, 10], problem.Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("sheetRow").GetInt32()));
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task A_sheet_without_provinces_from_a_key_of_several_is_placed_by_a_mapped_prefix_and_refused_by_name_without_one()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "24", "25"));
        var stored = await App.StoredRowsAsync();

        var problem = await office.PostAsync(Dossiers, GoldenFiles.Body(GoldenFiles.CommaCsv)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(37, problem.Errors.Count);
        Assert.All(problem.Errors, e => Assert.Equal("province", e.Field));
        Assert.Contains("'S-E01'", problem.Body.GetProperty("errors")[0].GetProperty("reason").GetString());
        Assert.Equal(stored, await App.StoredRowsAsync());

        using var admin = App.Client();
        (await admin.PutAsync("/api/v1/admin/province-mappings/prefix/S-", JsonContent(new { province = "25" }))).EnsureSuccessStatusCode();

        Assert.Equal(new Receipt(37, 37, 0), await office.PostAsync(Dossiers, GoldenFiles.Body(GoldenFiles.CommaCsv)).ReceiptAsync());
        Assert.Equal(37, await App.CountAsync("SELECT COUNT(*) FROM dossiers WHERE province = '25'"));
        (await admin.DeleteAsync("/api/v1/admin/province-mappings/prefix/S-")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_excel_separator_line_names_the_separator_and_the_rows_keep_their_numbers_in_the_sheet()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "31"));
        var csv = "sep=;\r\n" + GoldenFiles.Text(GoldenFiles.SemicolonCsv).TrimStart('\uFEFF');

        var withoutId = csv.Replace(";S-E02;", ";;", StringComparison.Ordinal);
        var problem = await office.PostAsync(Dossiers, Wire.Raw(withoutId, "text/csv")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(1, "Mã hồ sơ")], problem.Errors);
        Assert.Equal(4, problem.Body.GetProperty("errors")[0].GetProperty("sheetRow").GetInt32());
        Assert.Equal(new Receipt(37, 37, 0), await office.PostAsync(Dossiers, Wire.Raw(csv, "text/csv")).ReceiptAsync());
    }

    [Fact]
    public async Task Day_first_dates_and_vietnamese_words_are_read_in_spreadsheets_while_json_keeps_to_the_api_words_and_iso_dates()
    {
        using var client = App.Client();
        var row = Samples.SeptemberBatch("33")[0] with { ReceivedAt = "01/09/2026 08:00", Status = "Đã giải quyết" };

        var problem = await client.PostAsync(Dossiers, Wire.Json([row])).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(0, "receivedAt"), new(0, "status")], problem.Errors);
        Assert.Equal(new Receipt(1, 1, 0), await client.PostAsync(Dossiers, Wire.Csv([row])).ReceiptAsync());
    }

    [Fact]
    public async Task The_preview_reads_a_workbook_without_storing_it_and_its_dossiers_sent_as_json_are_the_workbooks_facts()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "37"));
        var stored = await App.StoredRowsAsync();

        var preview = await office.PostAsync("/api/v1/dossiers/preview", GoldenFiles.Body(GoldenFiles.Xlsx)).JsonAsync();

        Assert.Equal(stored, await App.StoredRowsAsync());
        Assert.Equal(37, preview.GetProperty("rows").GetInt32());
        Assert.Equal(0, preview.GetProperty("errors").GetArrayLength());
        var first = preview.GetProperty("dossiers")[0];
        Assert.Equal(("37", "S-E01", "2026-09-01T08:00:00+07:00", "2026-09-15T23:59:59.9999999+07:00", "resolved", "online", "commune"),
            (first.Text("province"), first.Text("dossierId"), first.Text("receivedAt"), first.Text("dueAt"), first.Text("status"), first.Text("channel"), first.Text("level")));

        var json = new StringContent(preview.GetProperty("dossiers").GetRawText(), System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(new Receipt(37, 37, 0), await office.PostAsync(Dossiers, json).ReceiptAsync());
        Assert.Equal(new Receipt(37, 0, 37), await office.PostAsync(Dossiers, GoldenFiles.Body(GoldenFiles.Xlsx)).ReceiptAsync());
    }

    [Fact]
    public async Task The_preview_lists_every_refused_row_with_its_reason_in_vietnamese_and_offers_no_dossiers()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "38"));
        var rows = GoldenFiles.SemicolonRows();
        rows[2][6] = "30/08/2026 10:00";

        var preview = await office.PostAsync("/api/v1/dossiers/preview", GoldenFiles.Workbook(rows)).JsonAsync();

        Assert.Equal(0, preview.GetProperty("dossiers").GetArrayLength());
        var error = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "Ngày kết thúc xử lý", "is before receivedAt", "trước ngày tiếp nhận"),
            (error.GetProperty("sheetRow").GetInt32(), error.Text("field"), error.Text("reason"), error.Text("vietnamese")));
    }

    [Fact]
    public async Task The_preview_words_in_vietnamese_a_field_that_holds_a_list_and_a_field_given_twice()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "38"));
        var file = Wire.Raw("""[{"province": ["38"]}, {"status": "resolved", "STATUS": "resolved"}]""", "application/json");

        var preview = await office.PostAsync("/api/v1/dossiers/preview", file).JsonAsync();

        Assert.Equal(0, preview.GetProperty("dossiers").GetArrayLength());
        Assert.Equal(
            [
                (0, "province", "is a JSON array; expected text or a number", "là mảng JSON; cần văn bản hoặc số"),
                (1, "STATUS", "appears twice (field names match without regard to case): which one is meant is not clear",
                    "xuất hiện hai lần (tên trường không phân biệt chữ hoa, chữ thường): không rõ giá trị nào được dùng"),
            ],
            preview.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("index").GetInt32(), e.Text("field"), e.Text("reason"), e.Text("vietnamese"))));
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}

public sealed class SpreadsheetIngestOnSqlite(SqliteApp fixture) : SpreadsheetIngestContract(fixture), IClassFixture<SqliteApp>;

public sealed class SpreadsheetIngestOnPostgres(PostgresApp fixture) : SpreadsheetIngestContract(fixture), IClassFixture<PostgresApp>;
