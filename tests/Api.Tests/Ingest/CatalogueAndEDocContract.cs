using System.Net;
using KpiActors.TestSupport;
using KpiActors.Domain.Wire;
using static KpiActors.Api.Tests.ApiKit;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// The two other kinds of fact, on each storage engine: a province's procedure catalogue (a stock:
/// the board shows it as it stands today) and monthly e-document counts (a correction replaces).
/// </summary>
public abstract class CatalogueAndEDocContract(AppFixture fixture)
{
    private KpiApp App => fixture.App;

    /// <summary>The catalogue is a stock: the board reads it in the current month (Vietnam time).</summary>
    private static string CurrentMonth => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM");

    private static ProcedureEntry Procedure(string code, int onlineLevel) => new(code, $"Thủ tục {code}", onlineLevel);

    [Fact]
    public async Task Put_replaces_the_whole_catalogue_removing_unlisted_procedures_and_post_upserts()
    {
        using var client = App.Client();

        // 10 procedures: P01-P04 at level 4, P05-P07 at level 3, P08-P10 at level 2.
        var first = Enumerable.Range(1, 10).Select(i => Procedure($"P{i:00}", i <= 4 ? 4 : i <= 7 ? 3 : 2)).ToArray();
        Assert.Equal(new Receipt(10, 10, 0), await client.PutAsync("/api/v1/provinces/33/procedures", Wire.JsonObjects(first)).ReceiptAsync());
        var reading = await client.ReadingAsync("33", "online-l4", CurrentMonth);
        reading.AssertRatio(4, 10);
        Assert.Equal(Expect(("procedures", 10), ("level2", 3), ("level3", 3), ("level4", 4)), reading.Counts());

        // Listed: P01, P02 and P08 as they were, P05 raised to 4, P11 new. The six others are removed.
        // Changed: P05 + P11 + 6 removals = 8; unchanged: P01, P02, P08.
        var second = new[] { Procedure("P01", 4), Procedure("P02", 4), Procedure("P05", 4), Procedure("P08", 2), Procedure("P11", 3) };
        Assert.Equal(new Receipt(5, 8, 3), await client.PutAsync("/api/v1/provinces/33/procedures", Wire.JsonObjects(second)).ReceiptAsync());
        reading = await client.ReadingAsync("33", "online-l4", CurrentMonth);
        reading.AssertRatio(3, 5);
        Assert.Equal(Expect(("procedures", 5), ("level2", 1), ("level3", 1), ("level4", 3)), reading.Counts());
        Assert.Equal(5, await App.CountAsync("SELECT COUNT(*) FROM procedures WHERE province = '33'"));

        // POST adds P03 and raises P08, keeping everything it does not list.
        var upserts = new[] { Procedure("P03", 4), Procedure("P08", 4) };
        Assert.Equal(new Receipt(2, 2, 0), await client.PostAsync("/api/v1/provinces/33/procedures", Wire.JsonObjects(upserts)).ReceiptAsync());
        reading = await client.ReadingAsync("33", "online-l4", CurrentMonth);
        reading.AssertRatio(5, 6);
        Assert.Equal(Expect(("procedures", 6), ("level2", 0), ("level3", 1), ("level4", 5)), reading.Counts());
        Assert.Equal("met", reading.Text("status"));
        Assert.Equal(6, await App.CountAsync("SELECT COUNT(*) FROM procedures WHERE province = '33'"));
    }

    [Fact]
    public async Task A_catalogue_sent_under_a_legacy_province_replaces_the_catalogue_of_the_current_province()
    {
        using var client = App.Client();
        await client.PutAsync("/api/v1/provinces/24/procedures", Wire.JsonObjects(Procedure("A", 4), Procedure("B", 2))).ReceiptAsync();

        // Bắc Giang and the old Bắc Ninh (legacy 27) are both part of Bắc Ninh (24) now: the same catalogue,
        // so replacing it under the legacy code drops B.
        Assert.Equal(new Receipt(1, 1, 1), await client.PutAsync("/api/v1/provinces/27/procedures", Wire.JsonObjects(Procedure("A", 4))).ReceiptAsync());
        Assert.Equal(new Receipt(1, 1, 0), await client.PostAsync("/api/v1/provinces/bac-giang/procedures", Wire.JsonObjects(Procedure("C", 3))).ReceiptAsync());

        (await client.ReadingAsync("24", "online-l4", CurrentMonth)).AssertRatio(1, 2);
        Assert.Equal(2, await App.CountAsync("SELECT COUNT(*) FROM procedures WHERE province = '24'"));
    }

    [Fact]
    public async Task A_bad_catalogue_entry_is_refused_naming_its_row_and_the_catalogue_is_kept()
    {
        using var client = App.Client();
        await client.PutAsync("/api/v1/provinces/40/procedures", Wire.JsonObjects(Procedure("A", 4), Procedure("B", 2))).ReceiptAsync();
        var stored = await App.StoredRowsAsync();

        // A replacement that would remove B, but row 1 has level 5 and row 2 repeats a code: nothing changes.
        var problem = await client.PutAsync("/api/v1/provinces/40/procedures", Wire.JsonObjects(Procedure("A", 4), Procedure("C", 5), Procedure("A", 3)))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(1, "onlineLevel"), new(2, "code")], problem.Errors);
        Assert.Equal(stored, await App.StoredRowsAsync());
        (await client.ReadingAsync("40", "online-l4", CurrentMonth)).AssertRatio(1, 2);
    }

    [Fact]
    public async Task A_catalogue_for_an_unknown_province_is_404_naming_the_province()
    {
        using var client = App.Client();

        var problem = await client.PutAsync("/api/v1/provinces/99/procedures", Wire.JsonObjects(Procedure("A", 4))).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal([new(null, "province")], problem.Errors);
    }

    [Fact]
    public async Task A_corrected_edoc_count_replaces_the_earlier_figure_instead_of_adding_to_it()
    {
        using var client = App.Client();
        EDocCount Count(string agency, long electronic, long total) => new("42", agency, "province", "outgoing", Samples.September, electronic, total);

        Assert.Equal(new Receipt(2, 2, 0),
            await client.PostAsync("/api/v1/edoc-counts", Wire.JsonObjects(Count("Sở Nội vụ", 80, 100), Count("Sở Tư pháp", 45, 50))).ReceiptAsync());
        var reading = await client.ReadingAsync("42", "edoc", Samples.September);
        reading.AssertRatio(125, 150);
        Assert.Equal(Expect(("electronic", 125), ("total", 150)), reading.Counts());

        // Sở Nội vụ corrects its count from 80 to 90 of 100: 90 + 45 of 150, not 80 + 90 + 45 of 250.
        Assert.Equal(new Receipt(1, 1, 0), await client.PostAsync("/api/v1/edoc-counts", Wire.JsonObjects(Count("Sở Nội vụ", 90, 100))).ReceiptAsync());
        reading = await client.ReadingAsync("42", "edoc", Samples.September);
        reading.AssertRatio(135, 150);

        // The same count again is a repeat; the other direction is a different fact.
        Assert.Equal(new Receipt(1, 0, 1), await client.PostAsync("/api/v1/edoc-counts", Wire.JsonObjects(Count("Sở Nội vụ", 90, 100))).ReceiptAsync());
        var incoming = new EDocCount("42", "Sở Nội vụ", "province", "incoming", Samples.September, 10, 20);
        Assert.Equal(new Receipt(1, 1, 0), await client.PostAsync("/api/v1/edoc-counts", Wire.JsonObjects(incoming)).ReceiptAsync());
        reading = await client.ReadingAsync("42", "edoc", Samples.September);
        reading.AssertRatio(145, 170);

        // Since 2025-12-31 the legal target is 100% (Decision 942/QĐ-TTg): 145/170 is far behind.
        Assert.Equal(1.0, reading.GetProperty("target").GetDouble());
        Assert.Equal("2025-12-31", reading.Text("targetDeadline"));
        Assert.Equal("behind", reading.Text("status"));
        Assert.Equal(3, await App.CountAsync("SELECT COUNT(*) FROM edoc_counts WHERE province = '42'"));
    }

    [Fact]
    public async Task Bad_edoc_counts_are_refused_naming_each_row_and_field()
    {
        using var client = App.Client();
        var stored = await App.StoredRowsAsync();
        var rows = Wire.JsonObjects(
            new EDocCount("42", "A", "province", "outgoing", Samples.September, 11, 10),
            new EDocCount("42", "A", "province", "sideways", "2026-Q3", 1, 10),
            new EDocCount("42", "A", "district", "incoming", "2025-08", 1, 10),
            new EDocCount("42", "A", "province", "incoming", Samples.September, 1, 10),
            new EDocCount("42", "A", "province", "incoming", "2099-01", 1, 10));

        var problem = await client.PostAsync("/api/v1/edoc-counts", rows).ProblemAsync(HttpStatusCode.BadRequest);

        // Row 1: no such direction, and a quarter is not a month; row 2: no districts after the 2025 reform; row 4: a future month.
        Assert.Equal([new(0, "electronic"), new(1, "direction"), new(1, "period"), new(2, "level"), new(4, "period")], problem.Errors);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }
}

public sealed class CatalogueAndEDocOnSqlite(SqliteApp fixture) : CatalogueAndEDocContract(fixture), IClassFixture<SqliteApp>;

public sealed class CatalogueAndEDocOnPostgres(PostgresApp fixture) : CatalogueAndEDocContract(fixture), IClassFixture<PostgresApp>;
