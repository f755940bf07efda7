using System.Net;
using System.Net.Http.Json;
using KpiActors.Domain.Wire;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Auth;

/// <summary>
/// Who may do what. Keys and roles are checked before storage is touched, so one engine is enough here;
/// each test still checks that a refused write stored nothing.
/// </summary>
public sealed class AuthTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private const string Dossiers = "/api/v1/dossiers";

    private KpiApp App => fixture.App;

    private static DossierEvent One(string province, string id) =>
        new(province, id, "2026-09-01T08:00:00+07:00", "2026-09-15", "2026-09-10T10:00:00+07:00", "resolved");

    private async Task<(string Id, string Key)> CreateKeyAsync(string role, params string[] provinces)
    {
        using var admin = App.Client();
        var created = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = $"{role} key", role, provinces }).JsonAsync(HttpStatusCode.Created);
        return (created.Text("id"), created.Text("key"));
    }

    [Fact]
    public async Task A_write_without_a_key_is_401_with_a_problem_and_stores_nothing()
    {
        using var anonymous = App.Client(null);
        var stored = await App.StoredRowsAsync();

        var problem = await anonymous.PostAsync(Dossiers, Wire.Json([One("48", "NK-1")])).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("An API key is required", problem.Title);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task An_unknown_key_is_401_for_writes_and_reads_whichever_header_carries_it()
    {
        using var bearer = App.Client("kpi_not-a-key-anyone-was-given");
        using var header = App.Client(null);
        header.DefaultRequestHeaders.Add("X-Api-Key", "kpi_not-a-key-anyone-was-given");
        var stored = await App.StoredRowsAsync();

        var problems = new[]
        {
            await bearer.PostAsync(Dossiers, Wire.Json([One("48", "UK-1")])).ProblemAsync(HttpStatusCode.Unauthorized),
            await header.PostAsync(Dossiers, Wire.Json([One("48", "UK-2")])).ProblemAsync(HttpStatusCode.Unauthorized),
            await bearer.GetAsync("/api/v1/board").ProblemAsync(HttpStatusCode.Unauthorized),
            await header.GetAsync("/api/v1/board").ProblemAsync(HttpStatusCode.Unauthorized),
        };

        Assert.All(problems, p => Assert.Equal("The API key is unknown or revoked", p.Title));
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task The_x_api_key_header_is_accepted_like_a_bearer_token()
    {
        using var header = App.Client(null);
        header.DefaultRequestHeaders.Add("X-Api-Key", KpiApp.AdminKey);

        Assert.Equal(new Receipt(1, 1, 0), await header.PostAsync(Dossiers, Wire.Json([One("48", "XK-1")])).ReceiptAsync());
    }

    [Fact]
    public async Task A_revoked_key_is_401_at_once_and_the_key_list_never_shows_a_key()
    {
        var (id, key) = await CreateKeyAsync("office", "56");
        using var office = App.Client(key);
        using var admin = App.Client();
        Assert.Equal(new Receipt(1, 1, 0), await office.PostAsync(Dossiers, Wire.Json([One("56", "RK-1")])).ReceiptAsync());

        using (var revoked = await admin.DeleteAsync($"/api/v1/admin/keys/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        var stored = await App.StoredRowsAsync();
        await office.PostAsync(Dossiers, Wire.Json([One("56", "RK-2")])).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(stored, await App.StoredRowsAsync());

        using var list = await admin.GetAsync("/api/v1/admin/keys");
        var text = await list.Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, text);
        var listed = System.Text.Json.JsonDocument.Parse(text).RootElement.EnumerateArray().Single(k => k.Text("id") == id);
        Assert.Equal(["56"], listed.GetProperty("provinces").EnumerateArray().Select(p => p.GetString()));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        Assert.Equal([new(null, "id")], (await admin.DeleteAsync($"/api/v1/admin/keys/{id}").ProblemAsync(HttpStatusCode.NotFound)).Errors);
    }

    [Fact]
    public async Task An_office_key_is_403_for_a_batch_touching_another_province_and_none_of_the_batch_is_stored()
    {
        var (_, key) = await CreateKeyAsync("office", "51");
        using var office = App.Client(key);
        using var admin = App.Client();
        var stored = await App.StoredRowsAsync();
        var board = await admin.BoardTextAsync("ontime", Samples.September);

        // Two rows for its own Quảng Ngãi, one for Gia Lai: the whole batch is refused.
        var problem = await office.PostAsync(Dossiers, Wire.Json([One("51", "OF-1"), One("52", "OF-2"), One("51", "OF-3")]))
            .ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(["52"], problem.Body.GetProperty("provinces").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(stored, await App.StoredRowsAsync());
        Assert.Equal(board, await admin.BoardTextAsync("ontime", Samples.September));
    }

    [Fact]
    public async Task An_office_key_may_not_send_counts_or_a_catalogue_for_another_province()
    {
        var (_, key) = await CreateKeyAsync("office", "51");
        using var office = App.Client(key);
        var stored = await App.StoredRowsAsync();
        var count = new EDocCount("52", "Sở Nội vụ", "province", "incoming", Samples.September, 1, 2);
        var procedure = new ProcedureEntry("A", "Thủ tục A", 4);

        await office.PostAsync("/api/v1/edoc-counts", Wire.JsonObjects(count)).ProblemAsync(HttpStatusCode.Forbidden);
        await office.PutAsync("/api/v1/provinces/52/procedures", Wire.JsonObjects(procedure)).ProblemAsync(HttpStatusCode.Forbidden);
        await office.PostAsync("/api/v1/provinces/52/procedures", Wire.JsonObjects(procedure)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Fact]
    public async Task An_office_key_writes_for_its_own_province_also_under_a_legacy_code_of_that_province()
    {
        // Created with Kon Tum's slug, the key is for Quảng Ngãi (51), which absorbed it.
        var (_, key) = await CreateKeyAsync("office", "kon-tum");
        using var office = App.Client(key);

        Assert.Equal(new Receipt(3, 3, 0), await office.PostAsync(Dossiers, Wire.Json([One("51", "OW-1"), One("62", "OW-2"), One("Kon Tum", "OW-3")])).ReceiptAsync());
        Assert.Equal(new Receipt(1, 1, 0), await office.PutAsync("/api/v1/provinces/62/procedures",
            Wire.JsonObjects(new ProcedureEntry("A", "Thủ tục A", 4))).ReceiptAsync());

        Assert.Equal(3, await App.CountAsync("SELECT COUNT(*) FROM dossiers WHERE province = '51' AND dossier_id LIKE 'OW-%'"));
        Assert.Equal(1, await App.CountAsync("SELECT COUNT(*) FROM procedures WHERE province = '51'"));
    }

    [Fact]
    public async Task A_viewer_key_reads_but_every_write_is_403_and_stores_nothing()
    {
        var (_, key) = await CreateKeyAsync("viewer");
        using var viewer = App.Client(key);
        var stored = await App.StoredRowsAsync();

        await viewer.PostAsync(Dossiers, Wire.Json([One("48", "VW-1")])).ProblemAsync(HttpStatusCode.Forbidden);
        await viewer.PostAsync("/api/v1/edoc-counts", Wire.JsonObjects(
            new EDocCount("48", "A", "province", "incoming", Samples.September, 1, 2)))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await viewer.PutAsync("/api/v1/provinces/48/procedures", Wire.JsonObjects(new ProcedureEntry("A", "A", 4)))
            .ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(stored, await App.StoredRowsAsync());
        await viewer.GetAsync("/api/v1/board").JsonAsync();
    }

    [Theory]
    [InlineData("office")]
    [InlineData("viewer")]
    public async Task Admin_endpoints_are_403_for_a_key_without_the_admin_role(string role)
    {
        var (id, key) = role == "office" ? await CreateKeyAsync(role, "48") : await CreateKeyAsync(role);
        using var client = App.Client(key);
        using var admin = App.Client();
        var keys = (await admin.GetAsync("/api/v1/admin/keys").JsonAsync()).GetArrayLength();

        await client.GetAsync("/api/v1/admin/keys").ProblemAsync(HttpStatusCode.Forbidden);
        await client.PostAsJsonAsync("/api/v1/admin/keys", new { name = "mine", role = "admin" }).ProblemAsync(HttpStatusCode.Forbidden);
        await client.DeleteAsync($"/api/v1/admin/keys/{id}").ProblemAsync(HttpStatusCode.Forbidden);
        await client.GetAsync("/api/v1/admin/targets").ProblemAsync(HttpStatusCode.Forbidden);
        await client.PutAsJsonAsync("/api/v1/admin/targets/48/ontime", new { value = 0.5, source = "x" }).ProblemAsync(HttpStatusCode.Forbidden);
        await client.DeleteAsync("/api/v1/admin/targets/48/ontime").ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(keys, (await admin.GetAsync("/api/v1/admin/keys").JsonAsync()).GetArrayLength());
        Assert.Equal(0.95, (await admin.ReadingAsync("48", "ontime", Samples.September)).GetProperty("target").GetDouble());

        // The refusals did not revoke the key either.
        await client.GetAsync("/api/v1/board").JsonAsync();
    }

    [Fact]
    public async Task Reads_need_a_key_when_anonymous_reads_are_off()
    {
        using var anonymous = App.Client(null);
        var (_, key) = await CreateKeyAsync("viewer");
        using var viewer = App.Client(key);

        foreach (var path in new[] { "/api/v1/board", "/api/v1/provinces", "/api/v1/provinces/48", "/api/v1/indicators", "/api/v1/provinces/48/indicators/ontime/history" })
        {
            await anonymous.GetAsync(path).ProblemAsync(HttpStatusCode.Unauthorized);
            await viewer.GetAsync(path).JsonAsync();
        }
    }

    [Fact]
    public async Task Creating_a_key_with_a_bad_name_role_or_province_is_400_naming_each_field()
    {
        using var admin = App.Client();

        var bad = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = "", role = "boss", provinces = new[] { "99" } }).ProblemAsync(HttpStatusCode.BadRequest);
        var office = await admin.PostAsJsonAsync("/api/v1/admin/keys", new { name = "office", role = "office" }).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([new(null, "name"), new(null, "role"), new(null, "provinces")], bad.Errors);
        Assert.Equal([new(null, "provinces")], office.Errors);
    }
}

/// <summary>Auth:AnonymousRead=true opens the board to anyone, and nothing else.</summary>
public sealed class AnonymousReadTests
{
    [Fact]
    public async Task With_anonymous_reads_on_reads_need_no_key_but_writes_and_admin_still_do()
    {
        await using var app = await KpiApp.StartAsync(StorageEngine.Sqlite, new Dictionary<string, string?> { ["Auth:AnonymousRead"] = "true" });
        using var anonymous = app.Client(null);

        var board = await anonymous.GetAsync("/api/v1/board").JsonAsync();
        await anonymous.GetAsync("/api/v1/provinces/48/indicators/ontime/history").JsonAsync();

        Assert.Equal(34, board.GetProperty("provinces").GetArrayLength());
        await anonymous.PostAsync("/api/v1/dossiers", Wire.Json([new DossierEvent("48", "AR-1", "2026-09-01", "2026-09-15", null, "received")]))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        await anonymous.GetAsync("/api/v1/admin/keys").ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, (await app.StoredRowsAsync()).Dossiers);
    }

    [Fact]
    public async Task With_anonymous_reads_on_a_key_that_was_sent_must_still_be_valid()
    {
        await using var app = await KpiApp.StartAsync(StorageEngine.Sqlite, new Dictionary<string, string?> { ["Auth:AnonymousRead"] = "true" });
        using var mistyped = app.Client("kpi_not-a-key");

        var problem = await mistyped.GetAsync("/api/v1/board").ProblemAsync(HttpStatusCode.Unauthorized);
        var hub = await Assert.ThrowsAnyAsync<Exception>(() => HubClient.ConnectAsync(app.BaseAddress, "/hubs/board", "kpi_not-a-key"));

        Assert.Equal("The API key is unknown or revoked", problem.Title);
        Assert.Contains("401", hub.Message);
        using var valid = app.Client(KpiApp.AdminKey);
        Assert.Equal(34, (await valid.GetAsync("/api/v1/board").JsonAsync()).GetProperty("provinces").GetArrayLength());
    }
}
