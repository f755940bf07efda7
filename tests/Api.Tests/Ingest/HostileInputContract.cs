using System.Net;
using System.Net.Http.Json;
using System.Text;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// The hostile requests of issue 14 by name, on each storage engine: each answers a 400 problem naming the row and
/// the field and stores nothing, where before it answered 500 or stored a value that broke later reads.
/// </summary>
public abstract class HostileInputContract(AppFixture fixture)
{
    private const string Dossiers = "/api/v1/dossiers";
    private const string EDocCounts = "/api/v1/edoc-counts";
    private const string Keys = "/api/v1/admin/keys";
    private const string Targets = "/api/v1/admin/targets";

    private KpiApp App => fixture.App;

    private static DossierEvent Dossier(string province, string id) =>
        new(province, id, "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved");

    private static IEnumerable<(string Name, string Json)> FieldsOf(DossierEvent dossier) =>
        HostileJson.Strings(DossierEvent.Header.Zip(dossier.Values));

    /// <summary>An e-document count whose counts are written as given, JSON numbers or not.</summary>
    private static string EDocCountJson(string province, string agency, string electronic, string total) => HostileJson.Object(
    [
        (EDocCount.Fields.Province, HostileJson.String(province)), (EDocCount.Fields.Agency, HostileJson.String(agency)),
        (EDocCount.Fields.Level, "\"province\""), (EDocCount.Fields.Direction, "\"outgoing\""), (EDocCount.Fields.Period, "\"2026-09\""),
        (EDocCount.Fields.Electronic, electronic), (EDocCount.Fields.Total, total),
    ]);

    /// <summary>Sends, checks the 400 problem and that no table gained or lost a row, and gives the fields it names.</summary>
    private async Task<IReadOnlyList<FieldError>> RefusedAsync(Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        using var client = App.Client();
        var stored = await App.StoredRowsAsync();
        var problem = await send(client).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(stored, await App.StoredRowsAsync());
        return problem.Errors;
    }

    [Fact]
    public async Task Counts_above_a_billion_are_refused_and_two_counts_at_the_bound_add_up_exactly()
    {
        const string most = "9223372036854775807";
        Assert.Equal([new(0, "electronic"), new(0, "total"), new(1, "electronic"), new(1, "total")],
            await RefusedAsync(c => c.PostAsync(EDocCounts, HostileJson.Array(EDocCountJson("01", "A", most, most), EDocCountJson("01", "B", most, most)))));
        Assert.Equal([new(0, "total")], await RefusedAsync(c => c.PostAsync(EDocCounts, HostileJson.Array(EDocCountJson("01", "A", "1", "1000000001")))));

        using var client = App.Client();
        var atTheBound = HostileJson.Array(EDocCountJson("01", "A", "1000000000", "1000000000"), EDocCountJson("01", "B", "999999999", "1000000000"));
        Assert.Equal(new Receipt(2, 2, 0), await client.PostAsync(EDocCounts, atTheBound).ReceiptAsync());
        (await client.ReadingAsync("01", "edoc", Samples.September)).AssertRatio(1_999_999_999, 2_000_000_000);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ndjson")]
    public async Task A_lone_surrogate_in_a_value_or_a_field_name_is_refused_naming_its_row(string format)
    {
        string[] rows =
        [
            HostileJson.Object(FieldsOf(Dossier("04", "LS-1"))),
            HostileJson.Object(FieldsOf(Dossier("04", "LS-2\ud800"))),
            HostileJson.Object(FieldsOf(Dossier("04", "LS-3")).Append(("note\udc00", "\"x\""))),
        ];

        var errors = await RefusedAsync(c => c.PostAsync(Dossiers, format == "json" ? HostileJson.Array(rows) : HostileJson.NdJson(rows)));

        Assert.Equal([new(1, "dossierId"), new(2, "body")], errors);
    }

    [Theory]
    [InlineData("receivedAt", "0001-01-01")]
    [InlineData("receivedAt", "0001-01-01T00:00:00")]
    [InlineData("receivedAt", "1999-12-31T23:59:00+07:00")]
    [InlineData("resolvedAt", "0001-01-01")]
    [InlineData("dueAt", "9999-12-31")]
    [InlineData("dueAt", "2100-01-01")]
    public async Task Dates_outside_2000_to_2099_are_refused_naming_the_field(string field, string value)
    {
        var fields = DossierEvent.Header.Zip(Dossier("08", "DW-1").Values).Select(f => f.First == field ? (f.First, value) : f);

        var errors = await RefusedAsync(c => c.PostAsync(Dossiers, HostileJson.Array(HostileJson.Object(HostileJson.Strings(fields)))));

        Assert.Equal([new(0, field)], errors);
    }

    [Fact]
    public async Task A_dossier_on_the_first_day_of_the_window_is_stored_and_read_back()
    {
        using var client = App.Client();
        var first = new DossierEvent("08", "DW-2000", "2000-01-01", "2000-01-15", "2000-01-10T10:00:00+07:00", "resolved");

        Assert.Equal(new Receipt(1, 1, 0), await client.PostAsync(Dossiers, Wire.Json([first])).ReceiptAsync());

        (await client.ReadingAsync("08", "ontime", "2000-01")).AssertRatio(1, 1);
    }

    [Theory]
    [InlineData("/api/v1/board?period=9999-12", "period")]
    [InlineData("/api/v1/board?period=9999", "period")]
    [InlineData("/api/v1/board?period=9999-Q4", "period")]
    [InlineData("/api/v1/board?period=9999-H2", "period")]
    [InlineData("/api/v1/board?indicator=edoc&period=1999-12", "period")]
    [InlineData("/api/v1/provinces/01?period=9999-12", "period")]
    [InlineData("/api/v1/provinces/01?period=2100", "period")]
    [InlineData("/api/v1/provinces/01/indicators/ontime/history?until=9999-12", "until")]
    [InlineData("/api/v1/provinces/01/indicators/edoc/history?kind=year&until=9999", "until")]
    public async Task Periods_outside_2000_to_2099_are_refused_on_every_read(string url, string field)
    {
        using var client = App.Client();

        var problem = await client.GetAsync(url).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, field)], problem.Errors);
    }

    [Fact]
    public async Task A_nul_in_any_text_field_is_refused_and_nothing_is_stored()
    {
        Assert.Equal([new(0, "dossierId"), new(1, "procedureCode")], await RefusedAsync(c => c.PostAsync(Dossiers,
            Wire.Json([Dossier("11", "NUL\0-1"), Dossier("11", "NUL-2") with { ProcedureCode = "1.0\0" }]))));
        Assert.Equal([new(0, "code"), new(0, "name")], await RefusedAsync(c => c.PutAsync("/api/v1/provinces/11/procedures",
            Wire.JsonObjects(new ProcedureEntry("P\01", "Thủ tục\0", 4)))));
        Assert.Equal([new(0, "agency")], await RefusedAsync(c => c.PostAsync(EDocCounts, HostileJson.Array(EDocCountJson("11", "Sở\0", "1", "2")))));

        using var admin = App.Client();
        var keys = (await admin.GetAsync(Keys).JsonAsync()).GetArrayLength();
        Assert.Equal([new(null, "name")], (await admin.PostAsJsonAsync(Keys, new { name = "office\0", role = "viewer" }).ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal(keys, (await admin.GetAsync(Keys).JsonAsync()).GetArrayLength());

        // Kestrel refuses a NUL in the path before routing; any other id that no key could have never reaches the store.
        using (var nul = await admin.DeleteAsync($"{Keys}/%00"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        }

        Assert.Equal([new(null, "id")], (await admin.DeleteAsync($"{Keys}/x%01'%20OR%201=1").ProblemAsync(HttpStatusCode.NotFound)).Errors);

        Assert.Equal([new(null, "source")], (await admin.PutAsJsonAsync($"{Targets}/11/ontime", new { value = 0.9, source = "QĐ\0 01" })
            .ProblemAsync(HttpStatusCode.BadRequest)).Errors);
        Assert.Equal(0, (await admin.GetAsync(Targets).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task An_array_or_object_where_text_is_expected_is_refused()
    {
        var fields = FieldsOf(Dossier("12", "AO-1")).Select(f => f.Name switch
        {
            DossierEvent.Fields.DossierId => (f.Name, "[\"AO-1\"]"),
            DossierEvent.Fields.ProcedureCode => (f.Name, "{\"code\":\"1.0\"}"),
            _ => f,
        });

        var errors = await RefusedAsync(c => c.PostAsync(Dossiers, HostileJson.Array(HostileJson.Object(fields))));

        Assert.Equal([new(0, "dossierId"), new(0, "procedureCode")], errors);
    }

    [Theory]
    [InlineData("\u0007")]
    [InlineData("\u001b[31m")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    [InlineData("\u202e")]
    [InlineData("\u2066")]
    [InlineData("\ufffe")]
    public async Task Control_and_bidirectional_characters_in_identifiers_are_refused(string character)
    {
        var errors = await RefusedAsync(c => c.PostAsync(Dossiers, HostileJson.Array(HostileJson.Object(FieldsOf(Dossier("14", $"CC-{character}-1"))))));

        Assert.Equal([new(0, "dossierId")], errors);
    }

    [Theory]
    [InlineData("json", "province")]
    [InlineData("json", "PROVINCE")]
    [InlineData("ndjson", "Province")]
    public async Task A_field_given_twice_in_any_case_is_refused(string format, string again)
    {
        var row = HostileJson.Object(FieldsOf(Dossier("15", "DK-1")).Append((again, "\"01\"")));

        var errors = await RefusedAsync(c => c.PostAsync(Dossiers, format == "json" ? HostileJson.Array(row) : HostileJson.NdJson(row)));

        Assert.Equal([new(0, again)], errors);
    }

    [Fact]
    public async Task A_count_given_twice_or_a_csv_column_given_twice_is_refused()
    {
        var count = EDocCountJson("15", "A", "1", "2")[..^1] + ",\"total\":5}";
        Assert.Equal([new(0, "total")], await RefusedAsync(c => c.PostAsync(EDocCounts, HostileJson.Array(count))));

        var csv = Wire.CsvText([Dossier("15", "DK-2")]).Replace("status\r\n", "status,PROVINCE\r\n").Replace("resolved\r\n", "resolved,01\r\n");
        Assert.Equal([new(null, "PROVINCE")], await RefusedAsync(c => c.PostAsync(Dossiers, Wire.Raw(csv, "text/csv"))));
    }

    [Theory]
    [InlineData("{\"name\":\"a\",\"role\":\"viewer\",\"name\":\"b\"}")]
    [InlineData("{\"name\":\"a\",\"role\":\"viewer\",\"Name\":\"b\"}")]
    [InlineData("{\"name\":\"a\\ud800\",\"role\":\"viewer\"}")]
    public async Task A_key_body_with_a_field_twice_or_a_lone_surrogate_is_refused(string body)
    {
        using var admin = App.Client();
        var keys = (await admin.GetAsync(Keys).JsonAsync()).GetArrayLength();

        var problem = await admin.PostAsync(Keys, HostileJson.Body(body, "application/json")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("name", problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(keys, (await admin.GetAsync(Keys).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Text_is_stored_in_nfc_so_the_same_id_typed_two_ways_is_one_dossier()
    {
        using var client = App.Client();
        var decomposed = "Ho\u0300a-Bi\u0300nh-1";
        var composed = "Hòa-Bình-1";
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(new Receipt(1, 1, 0), await client.PostAsync(Dossiers, Wire.Json([Dossier("19", decomposed)])).ReceiptAsync());
        Assert.Equal(new Receipt(1, 0, 1), await client.PostAsync(Dossiers, Wire.Json([Dossier("19", composed)])).ReceiptAsync());

        Assert.Equal(1, await App.CountAsync($"SELECT COUNT(*) FROM dossiers WHERE dossier_id = '{composed}'"));
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_refused_rather_than_stored_with_replacement_characters()
    {
        var csv = Encoding.UTF8.GetBytes(Wire.CsvText([Dossier("20", "U8-1")]));
        csv[Array.IndexOf(csv, (byte)'U')] = 0xFF;
        var body = new ByteArrayContent(csv);
        body.Headers.ContentType = new("text/csv");

        Assert.Equal([new(null, "body")], await RefusedAsync(c => c.PostAsync(Dossiers, body)));
    }
}

public sealed class HostileInputOnSqlite(SqliteApp fixture) : HostileInputContract(fixture), IClassFixture<SqliteApp>;

public sealed class HostileInputOnPostgres(PostgresApp fixture) : HostileInputContract(fixture), IClassFixture<PostgresApp>;
