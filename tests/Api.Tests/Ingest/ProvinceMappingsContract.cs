using System.Net;
using System.Text;
using System.Text.Json;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>The admin's mappings of agency codes and dossier id prefixes to provinces: who may keep them and what they accept.</summary>
public sealed class ProvinceMappingsContract(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private const string Mappings = "/api/v1/admin/province-mappings";

    private KpiApp App => fixture.App;

    private static StringContent Province(string province) => new(JsonSerializer.Serialize(new { province }), Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_mapping_is_set_by_code_slug_or_name_listed_and_removed()
    {
        using var admin = App.Client();

        Assert.Equal("46", (await admin.PutAsync($"{Mappings}/agency/000.00.31.H46", Province("Huế")).JsonAsync()).Text("province"));
        Assert.Equal("46", (await admin.PutAsync($"{Mappings}/prefix/HUE-", Province("46")).JsonAsync()).Text("province"));

        var listed = await admin.GetAsync(Mappings).JsonAsync();
        Assert.Equal([("agency", "000.00.31.H46", "46"), ("prefix", "HUE-", "46")],
            listed.EnumerateArray().Select(m => (m.Text("kind"), m.Text("code"), m.Text("province"))));

        (await admin.DeleteAsync($"{Mappings}/agency/000.00.31.H46")).EnsureSuccessStatusCode();
        (await admin.DeleteAsync($"{Mappings}/prefix/HUE-")).EnsureSuccessStatusCode();
        Assert.Equal(0, (await admin.GetAsync(Mappings).JsonAsync()).GetArrayLength());
        await admin.DeleteAsync($"{Mappings}/prefix/HUE-").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_province_that_is_none_or_a_kind_that_is_neither_is_refused_by_name_and_an_office_may_not_map()
    {
        using var admin = App.Client();

        var problem = await admin.PutAsync($"{Mappings}/agency/X1", Province("Atlantis")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([new(null, "province")], problem.Errors);
        problem = await admin.PutAsync($"{Mappings}/district/X1", Province("46")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([new(null, "kind")], problem.Errors);

        using var office = App.Client(await App.CreateKeyAsync("office", "46"));
        await office.PutAsync($"{Mappings}/agency/X1", Province("46")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await admin.GetAsync(Mappings).JsonAsync()).GetArrayLength());
    }
}
