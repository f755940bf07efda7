using System.Net;
using System.Net.Http.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Targets;

/// <summary>
/// Province targets set by an admin, on each storage engine: the board judges that province (and only
/// that one) by them until they are removed, and they outlive a restart.
/// </summary>
public abstract class TargetAdminContract(AppFixture fixture, StorageEngine engine)
{
    private const string LegalSource = "không có tỷ lệ luật định";

    private KpiApp App => fixture.App;

    [Fact]
    public async Task A_province_target_changes_that_provinces_target_source_and_status_only_and_removing_it_restores_the_default()
    {
        using var client = App.Client();

        // The same 37 dossiers (30/34 ≈ 0.882 on time) in two provinces: behind the legal 95% in both.
        await client.PostAsync("/api/v1/dossiers", Wire.Json(Samples.SeptemberBatch("44").Concat(Samples.SeptemberBatch("46")))).ReceiptAsync();
        var target = new { value = 0.85, deadline = "2026-12-31", source = "Kế hoạch 45/KH-UBND" };

        var set = await client.PutAsJsonAsync("/api/v1/admin/targets/44/ontime", target).JsonAsync();

        Assert.Equal("44", set.Text("province"));
        Assert.Equal("ontime", set.Text("indicator"));
        Assert.Equal(0.85, set.GetProperty("target").GetProperty("value").GetDouble());
        var own = await client.ReadingAsync("44", "ontime", Samples.September);
        Assert.Equal(0.85, own.GetProperty("target").GetDouble());
        Assert.Equal("2026-12-31", own.Text("targetDeadline"));
        Assert.Equal("Kế hoạch 45/KH-UBND", own.Text("targetSource"));
        Assert.Equal(30.0 / 34 - 0.85, own.GetProperty("gap").GetDouble(), 12);
        Assert.Equal("met", own.Text("status"));
        var other = await client.ReadingAsync("46", "ontime", Samples.September);
        Assert.Equal(0.95, other.GetProperty("target").GetDouble());
        Assert.StartsWith(LegalSource, other.Text("targetSource"));
        Assert.Equal("behind", other.Text("status"));
        var listed = (await client.GetAsync("/api/v1/admin/targets").JsonAsync()).EnumerateArray()
            .Where(t => t.Text("province") == "44").Select(t => t.Text("indicator"));
        Assert.Equal(["ontime"], listed);

        using (var removed = await client.DeleteAsync("/api/v1/admin/targets/44/ontime"))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        own = await client.ReadingAsync("44", "ontime", Samples.September);
        Assert.Equal(0.95, own.GetProperty("target").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, own.GetProperty("targetDeadline").ValueKind);
        Assert.StartsWith(LegalSource, own.Text("targetSource"));
        Assert.Equal("behind", own.Text("status"));
        Assert.Equal([new(null, "target")], (await client.DeleteAsync("/api/v1/admin/targets/44/ontime").ProblemAsync(HttpStatusCode.NotFound)).Errors);
    }

    [Fact]
    public async Task A_target_set_under_a_legacy_province_code_applies_to_the_current_province()
    {
        using var client = App.Client();

        var set = await client.PutAsJsonAsync("/api/v1/admin/targets/hai-duong/online-dossier", new { value = 0.9, source = "Nghị quyết 01/NQ-HĐND" }).JsonAsync();

        Assert.Equal("31", set.Text("province"));
        var reading = await client.ReadingAsync("31", "online-dossier", Samples.September);
        Assert.Equal(0.9, reading.GetProperty("target").GetDouble());
        Assert.Equal("Nghị quyết 01/NQ-HĐND", reading.Text("targetSource"));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    public async Task A_target_value_outside_0_to_1_is_400_naming_value_and_changes_nothing(double value)
    {
        using var client = App.Client();
        var before = await client.BoardTextAsync("ontime", Samples.September);

        var problem = await client.PutAsJsonAsync("/api/v1/admin/targets/46/ontime", new { value, source = "x" }).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, "value")], problem.Errors);
        Assert.Equal(before, await client.BoardTextAsync("ontime", Samples.September));
        Assert.DoesNotContain((await client.GetAsync("/api/v1/admin/targets").JsonAsync()).EnumerateArray(), t => t.Text("province") == "46");
    }

    [Fact]
    public async Task A_target_without_value_or_source_and_with_a_bad_deadline_is_400_naming_each_field()
    {
        using var client = App.Client();

        var problem = await client.PutAsJsonAsync("/api/v1/admin/targets/46/ontime", new { deadline = "31/12/2026" }).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, "value"), new(null, "deadline"), new(null, "source")], problem.Errors);
    }

    [Fact]
    public async Task A_target_body_that_is_not_json_or_has_a_text_value_is_a_400_problem_naming_it_not_a_500()
    {
        using var client = App.Client();

        var text = await client.PutAsync("/api/v1/admin/targets/46/ontime", Wire.Raw("""{"value": "high", "source": "x"}""", "application/json"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await client.PutAsync("/api/v1/admin/targets/46/ontime", Wire.Raw("{value: 0.9", "application/json")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("$.value", text.Detail);
        Assert.DoesNotContain((await client.GetAsync("/api/v1/admin/targets").JsonAsync()).EnumerateArray(), t => t.Text("province") == "46");
    }

    [Fact]
    public async Task A_target_for_an_unknown_province_or_indicator_is_404_naming_it()
    {
        using var client = App.Client();
        var target = new { value = 0.9, source = "x" };

        Assert.Equal([new(null, "province")], (await client.PutAsJsonAsync("/api/v1/admin/targets/99/ontime", target).ProblemAsync(HttpStatusCode.NotFound)).Errors);
        Assert.Equal([new(null, "indicator")], (await client.PutAsJsonAsync("/api/v1/admin/targets/46/speed", target).ProblemAsync(HttpStatusCode.NotFound)).Errors);
    }

    [Fact]
    public async Task A_province_target_outlives_a_restart()
    {
        var connectionString = await engine.NewDatabaseAsync();
        await using (var first = await KpiApp.StartAsync(engine, connectionString: connectionString))
        {
            using var client = first.Client();
            await client.PutAsJsonAsync("/api/v1/admin/targets/52/edoc", new { value = 0.97, source = "Kế hoạch 7/KH-UBND" }).JsonAsync();
        }

        await using var second = await KpiApp.StartAsync(engine, connectionString: connectionString);
        using var again = second.Client();
        var reading = await again.ReadingAsync("52", "edoc", Samples.September);
        Assert.Equal(0.97, reading.GetProperty("target").GetDouble());
        Assert.Equal("Kế hoạch 7/KH-UBND", reading.Text("targetSource"));
    }
}

public sealed class TargetAdminOnSqlite(SqliteApp fixture) : TargetAdminContract(fixture, StorageEngine.Sqlite), IClassFixture<SqliteApp>;

public sealed class TargetAdminOnPostgres(PostgresApp fixture) : TargetAdminContract(fixture, StorageEngine.Postgres), IClassFixture<PostgresApp>;
