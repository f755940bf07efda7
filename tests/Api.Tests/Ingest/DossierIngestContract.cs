using System.Net;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;
using static KpiActors.Api.Tests.ApiKit;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// POST /api/v1/dossiers as one-stop software sees it, on each storage engine: what is stored, what the
/// board shows right after the answer, and that a refused batch stores nothing at all.
/// </summary>
public abstract class DossierIngestContract(AppFixture fixture)
{
    private const string Dossiers = "/api/v1/dossiers";

    private KpiApp App => fixture.App;

    [Theory]
    [InlineData("json", "01")]
    [InlineData("ndjson", "04")]
    [InlineData("csv", "08")]
    public async Task Each_format_stores_the_37_dossiers_and_the_board_shows_their_exact_figures_at_once(string format, string province)
    {
        using var client = App.Client();
        var batch = Samples.SeptemberBatch(province);
        HttpContent body = format switch
        {
            "json" => Wire.Json(batch),
            "ndjson" => Wire.NdJson(batch),
            _ => Wire.Csv(batch),
        };

        Assert.Equal(new Receipt(37, 37, 0), await client.PostAsync(Dossiers, body).ReceiptAsync());

        // No waiting: the receipt comes only once the grains have applied the batch.
        var onTime = await client.ReadingAsync(province, "ontime", Samples.September);
        onTime.AssertRatio(30, 34);
        Assert.Equal(Expect(("received", 37), ("early", 20), ("onTime", 10), ("late", 4), ("returned", 1), ("cancelled", 0)), onTime.Counts());
        Assert.Equal(0.95, onTime.GetProperty("target").GetDouble());
        Assert.Equal("behind", onTime.Text("status"));
        Assert.Equal(30.0 / 34 - 0.95, onTime.GetProperty("gap").GetDouble(), 12);

        var online = await client.ReadingAsync(province, "online-dossier", Samples.September);
        online.AssertRatio(24, 37);
        Assert.Equal(Expect(("received", 37), ("online", 24), ("inPerson", 10), ("postal", 3)), online.Counts());
        Assert.Equal(37, await App.CountAsync($"SELECT COUNT(*) FROM dossiers WHERE province = '{province}'"));
        Assert.Equal(1, await App.CountAsync(
            $"SELECT COUNT(*) FROM dossiers WHERE province = '{province}' AND procedure_code = '1.004227, cấp lại \"bản sao\"'"));
    }

    [Fact]
    public async Task The_same_batch_sent_as_json_then_ndjson_then_csv_is_the_same_facts_so_the_repeats_change_nothing()
    {
        using var client = App.Client();
        var batch = Samples.SeptemberBatch("11");

        Assert.Equal(new Receipt(37, 37, 0), await client.PostAsync(Dossiers, Wire.Json(batch)).ReceiptAsync());
        var board = await client.BoardTextAsync("ontime", Samples.September);

        // Any field read differently in another format (a date, the quoted procedure code) would be a change.
        Assert.Equal(new Receipt(37, 0, 37), await client.PostAsync(Dossiers, Wire.NdJson(batch)).ReceiptAsync());
        Assert.Equal(new Receipt(37, 0, 37), await client.PostAsync(Dossiers, Wire.Csv(batch)).ReceiptAsync());
        Assert.Equal(board, await client.BoardTextAsync("ontime", Samples.September));
    }

    [Fact]
    public async Task A_batch_with_two_bad_rows_among_good_ones_is_refused_whole_listing_exactly_those_rows_and_fields()
    {
        using var client = App.Client();
        var rows = Samples.SeptemberBatch("12").Take(6).ToList();
        rows[1] = rows[1] with { Status = "done" };
        rows[3] = rows[3] with { Province = "99", DueAt = "next week" };
        var stored = await App.StoredRowsAsync();
        var board = await client.BoardTextAsync("ontime", Samples.September);

        var problem = await client.PostAsync(Dossiers, Wire.Json(rows)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(1, "status"), new(3, "province"), new(3, "dueAt")], problem.Errors);
        Assert.Equal("The batch was refused; nothing was stored", problem.Title);
        Assert.StartsWith("2 row(s) are invalid", problem.Detail);
        Assert.Equal(stored, await App.StoredRowsAsync());
        Assert.Equal(board, await client.BoardTextAsync("ontime", Samples.September));
    }

    [Fact]
    public async Task Malformed_json_is_refused_naming_the_body_and_stores_nothing()
    {
        using var client = App.Client();
        var stored = await App.StoredRowsAsync();

        var problem = await client.PostAsync(Dossiers, Wire.Raw("""[{"province": "12", "dossierId": """, "application/json"))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, "body")], problem.Errors);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task A_broken_ndjson_line_is_refused_naming_its_row_and_the_good_line_before_it_is_not_stored()
    {
        using var client = App.Client();
        var good = Samples.SeptemberBatch("12")[0];
        var stored = await App.StoredRowsAsync();
        var text = System.Text.Json.JsonSerializer.Serialize(good) + "\n{\"province\": \"12\",\n";

        var problem = await client.PostAsync(Dossiers, Wire.Raw(text, "application/x-ndjson")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(1, "body")], problem.Errors);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task An_empty_batch_is_refused_naming_the_body()
    {
        using var client = App.Client();

        var problem = await client.PostAsync(Dossiers, Wire.Raw("[]", "application/json")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, "body")], problem.Errors);
    }

    [Fact]
    public async Task An_unsupported_content_type_is_refused_with_415_and_stores_nothing()
    {
        using var client = App.Client();
        var stored = await App.StoredRowsAsync();
        var xml = "<dossiers><dossier province=\"12\"/></dossiers>";

        var problem = await client.PostAsync(Dossiers, Wire.Raw(xml, "application/xml")).ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Equal(stored, await App.StoredRowsAsync());
        Assert.Contains("text/csv", problem.Detail);
    }

    [Fact]
    public async Task Posting_the_same_batch_twice_answers_all_unchanged_the_second_time_and_moves_nothing()
    {
        using var client = App.Client();
        var batch = Samples.SeptemberBatch("14");
        Assert.Equal(new Receipt(37, 37, 0), await client.PostAsync(Dossiers, Wire.Json(batch)).ReceiptAsync());
        var stored = await App.StoredRowsAsync();
        var board = await client.BoardTextAsync("ontime", Samples.September);
        var online = await client.BoardTextAsync("online-dossier", Samples.September);

        // A retry after a lost answer: exact repeats, so no delta is logged and no figure (or sequence) moves.
        Assert.Equal(new Receipt(37, 0, 37), await client.PostAsync(Dossiers, Wire.Json(batch)).ReceiptAsync());

        Assert.Equal(stored, await App.StoredRowsAsync());
        Assert.Equal(board, await client.BoardTextAsync("ontime", Samples.September));
        Assert.Equal(online, await client.BoardTextAsync("online-dossier", Samples.September));
        (await client.ReadingAsync("14", "ontime", Samples.September)).AssertRatio(30, 34);
    }

    [Fact]
    public async Task A_legacy_province_by_code_name_or_slug_lands_on_the_current_unit_that_absorbed_it()
    {
        using var client = App.Client();
        // Bắc Kạn (06) is part of Thái Nguyên (19) since 2025-07-01: by its code, its code without the leading zero, its name,
        // its slug, and 19 itself. The only test of this class that writes to 19, as each writes to provinces of its own.
        var rows = new[] { "06", "6", "Bắc Kạn", "bac-kan", "19" }.Select((province, i) =>
            new DossierEvent(province, $"BK-{i}", "2026-09-03T08:00:00+07:00", "2026-09-10", "2026-09-06T10:00:00+07:00", "resolved")).ToList();

        Assert.Equal(new Receipt(5, 5, 0), await client.PostAsync(Dossiers, Wire.Json(rows)).ReceiptAsync());

        var thaiNguyen = await client.ReadingAsync("19", "ontime", Samples.September);
        thaiNguyen.AssertRatio(5, 5);
        Assert.Equal((5, 5), (thaiNguyen.Counts()["received"], thaiNguyen.Counts()["early"]));
        Assert.Equal(5, await App.CountAsync("SELECT COUNT(*) FROM dossiers WHERE province = '19'"));
        Assert.Equal(0, await App.CountAsync("SELECT COUNT(*) FROM dossiers WHERE province = '06'"));
    }

    [Fact]
    public async Task A_dossier_repeated_inside_one_batch_counts_once()
    {
        using var client = App.Client();
        var dossier = Samples.SeptemberBatch("20")[0];

        Assert.Equal(new Receipt(3, 1, 2), await client.PostAsync(Dossiers, Wire.Json([dossier, dossier, dossier])).ReceiptAsync());

        var reading = await client.ReadingAsync("20", "ontime", Samples.September);
        reading.AssertRatio(1, 1);
        Assert.Equal(1, reading.Counts()["received"]);
    }

    [Fact]
    public async Task A_corrected_resolution_date_moves_the_dossier_to_its_new_outcome_and_month_exactly()
    {
        using var client = App.Client();
        var batch = Samples.SeptemberBatch("15");
        await client.PostAsync(Dossiers, Wire.Json(batch)).ReceiptAsync();

        // E01 was early; resolved on the 16th it is late. E02 resolved on 2 October ends in October, late.
        var corrections = new[]
        {
            batch[0] with { ResolvedAt = "2026-09-16T09:00:00+07:00" },
            batch[1] with { ResolvedAt = "2026-10-02T09:00:00+07:00" },
        };
        Assert.Equal(new Receipt(2, 2, 0), await client.PostAsync(Dossiers, Wire.Json(corrections)).ReceiptAsync());

        var september = await client.ReadingAsync("15", "ontime", Samples.September);
        september.AssertRatio(28, 33);
        Assert.Equal(Expect(("received", 37), ("early", 18), ("onTime", 10), ("late", 5), ("returned", 1), ("cancelled", 0)), september.Counts());
        var october = await client.ReadingAsync("15", "ontime", "2026-10");
        october.AssertRatio(0, 1);
        Assert.Equal(0, october.Counts()["received"]);
        Assert.Equal(1, october.Counts()["late"]);
    }

    [Fact]
    public async Task An_older_event_arriving_after_the_resolution_does_not_reopen_the_dossier()
    {
        using var client = App.Client();
        var open = new DossierEvent("66", "OO-1", "2026-09-01T08:00:00+07:00", "2026-09-15", null, "in-progress");
        var resolved = open with { ResolvedAt = "2026-09-10T10:00:00+07:00", Status = "resolved" };
        var withdrawn = new DossierEvent("66", "OO-2", "2026-09-02T08:00:00+07:00", "2026-09-15", "2026-09-05T08:00:00+07:00", "withdrawn");
        Assert.Equal(new Receipt(2, 2, 0), await client.PostAsync(Dossiers, Wire.Json([resolved, withdrawn])).ReceiptAsync());
        var board = await client.BoardTextAsync("ontime", Samples.September);

        // Retries and out-of-order delivery: the in-progress event that came before the resolution arrives late.
        Assert.Equal(new Receipt(1, 0, 1), await client.PostAsync(Dossiers, Wire.Json([open])).ReceiptAsync());

        Assert.Equal(board, await client.BoardTextAsync("ontime", Samples.September));
        var reading = await client.ReadingAsync("66", "ontime", Samples.September);
        reading.AssertRatio(1, 1);
        Assert.Equal(Expect(("received", 2), ("early", 1), ("onTime", 0), ("late", 0), ("returned", 0), ("cancelled", 1)), reading.Counts());
    }

    [Fact]
    public async Task Legacy_codes_slugs_and_names_land_on_the_current_province_that_absorbed_them()
    {
        using var client = App.Client();
        DossierEvent One(string province, string id) => new(province, id, "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved");

        // Hải Dương (legacy 30) is part of Hải Phòng (31); Nam Định (legacy 36) of Ninh Bình (37). Bắc Kạn, part of Thái
        // Nguyên (19), is the test above's.
        var rows = new[]
        {
            One("30", "LG-1"), One("hai-duong", "LG-2"), One("Hải Dương", "LG-3"), One("hai phong", "LG-4"), One("31", "LG-5"),
            One("36", "LG-6"), One("Nam Định", "LG-7"),
        };
        Assert.Equal(new Receipt(7, 7, 0), await client.PostAsync(Dossiers, Wire.Json(rows)).ReceiptAsync());

        var board = await client.BoardAsync("ontime", Samples.September);
        var provinces = board.GetProperty("provinces").EnumerateArray().ToDictionary(p => p.Text("province"));
        Assert.Equal(34, provinces.Count);
        Assert.DoesNotContain("30", provinces.Keys);
        Assert.Equal(5, provinces["31"].Counts()["received"]);
        Assert.Equal(2, provinces["37"].Counts()["received"]);
        Assert.Equal(5, await App.CountAsync("SELECT COUNT(*) FROM dossiers WHERE province = '31'"));
        Assert.Equal(0, await App.CountAsync("SELECT COUNT(*) FROM dossiers WHERE province IN ('30', '36')"));
    }

    [Fact]
    public async Task The_district_level_is_accepted_before_the_2025_reform_and_refused_from_1_July_2025_in_Vietnam_time()
    {
        using var client = App.Client();
        var before = new DossierEvent("22", "DI-1", "2025-06-30T23:00:00+07:00", "2025-07-10", "2025-07-05T10:00:00+07:00", "resolved", Level: "district");
        Assert.Equal(new Receipt(1, 1, 0), await client.PostAsync(Dossiers, Wire.Json([before])).ReceiptAsync());
        var stored = await App.StoredRowsAsync();

        // 20:00 UTC on 30 June is 03:00 on 1 July in Vietnam: after the reform.
        var rows = new[]
        {
            new DossierEvent("22", "DI-2", "2025-07-01T08:00:00+07:00", "2025-07-10", null, "in-progress", Level: "district"),
            new DossierEvent("22", "DI-3", "2025-07-01T08:00:00+07:00", "2025-07-10", null, "in-progress", Level: "commune"),
            new DossierEvent("22", "DI-4", "2025-06-30T20:00:00Z", "2025-07-10", null, "in-progress", Level: "district"),
        };
        var problem = await client.PostAsync(Dossiers, Wire.Json(rows)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(0, "level"), new(2, "level")], problem.Errors);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task ResolvedAt_is_required_when_resolved_and_must_be_null_while_open_and_no_time_may_be_in_the_future()
    {
        using var client = App.Client();
        var soon = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssK");
        var later = DateTimeOffset.UtcNow.AddDays(10).ToString("yyyy-MM-dd");
        var rows = new[]
        {
            new DossierEvent("25", "RV-0", "2026-09-01T08:00:00+07:00", "2026-09-15", null, "resolved"),
            new DossierEvent("25", "RV-1", "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "in-progress"),
            new DossierEvent("25", "RV-2", "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "received"),
            new DossierEvent("25", "RV-3", soon, later, null, "received"),
            new DossierEvent("25", "RV-4", "2026-09-01T08:00:00+07:00", "2026-09-15", soon, "resolved"),
            new DossierEvent("25", "RV-5", "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved"),
        };
        var stored = await App.StoredRowsAsync();

        var problem = await client.PostAsync(Dossiers, Wire.Json(rows)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(0, "resolvedAt"), new(1, "resolvedAt"), new(2, "resolvedAt"), new(3, "receivedAt"), new(4, "resolvedAt")], problem.Errors);
        Assert.StartsWith("5 row(s) are invalid", problem.Detail);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task Csv_with_a_line_of_the_wrong_width_is_refused_naming_that_row()
    {
        using var client = App.Client();
        var good = new DossierEvent("12", "CW-1", "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved");
        // The second line lacks its last field.
        var csv = Wire.CsvText([good]) + string.Join(',', (good with { DossierId = "CW-2" }).Values.SkipLast(1)) + "\r\n";
        var stored = await App.StoredRowsAsync();

        var problem = await client.PostAsync(Dossiers, Wire.Raw(csv, "text/csv")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(1, "body")], problem.Errors);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }
}

public sealed class DossierIngestOnSqlite(SqliteApp fixture) : DossierIngestContract(fixture), IClassFixture<SqliteApp>;

public sealed class DossierIngestOnPostgres(PostgresApp fixture) : DossierIngestContract(fixture), IClassFixture<PostgresApp>;
