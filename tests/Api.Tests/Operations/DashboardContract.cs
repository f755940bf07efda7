using System.Net;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace KpiActors.Api.Tests.Operations;

/// <summary>
/// /dashboard, Orleans' dashboard: its page and the data the page reads are for the admin key only, with anonymous
/// reads on or off; with that key it shows this node as the cluster's one active host.
/// </summary>
public abstract class DashboardContract(AppFixture fixture)
{
    private KpiApp App => fixture.App;

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/DashboardCounters")]
    public async Task The_dashboard_without_a_key_is_a_401_problem(string path)
    {
        using var anonymous = App.Client(null);

        var problem = await anonymous.GetAsync(path).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("An API key is required", problem.Title);
    }

    [Theory]
    [InlineData("viewer", "/dashboard")]
    [InlineData("viewer", "/dashboard/")]
    [InlineData("viewer", "/dashboard/DashboardCounters")]
    [InlineData("office", "/dashboard/")]
    public async Task The_dashboard_with_a_key_other_than_the_admin_s_is_a_403_problem(string role, string path)
    {
        using var client = App.Client(role == "office" ? await App.CreateKeyAsync(role, "01") : await App.CreateKeyAsync(role));

        var problem = await client.GetAsync(path).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("This key may not do that", problem.Title);
    }

    [Fact]
    public async Task The_dashboard_with_the_admin_key_serves_its_page_and_shows_this_node_as_the_one_active_host()
    {
        using var admin = App.Client();

        using var page = await admin.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync());

        // The dashboard gathers the cluster's figures in the background; its first answer may come before them.
        var counters = await Poll.UntilAsync(
            () => admin.GetAsync("/dashboard/DashboardCounters").JsonAsync(),
            c => c.GetProperty("hosts").GetArrayLength() > 0, TimeSpan.FromSeconds(30), "the dashboard to list a host");
        var host = Assert.Single(counters.GetProperty("hosts").EnumerateArray());
        var silo = App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        Assert.Equal($"{silo.Endpoint}@{silo.Generation}", host.Text("siloAddress"));
        Assert.Equal("Active", host.Text("status"));
        Assert.Equal(1, counters.GetProperty("totalActiveHostCount").GetInt32());
    }

    [Fact]
    public async Task A_browser_brings_the_admin_key_once_in_the_address_and_then_opens_the_dashboard_by_its_cookie()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = App.BaseAddress };

        using var signIn = await browser.GetAsync($"/dashboard/?access_token={Uri.EscapeDataString(KpiApp.AdminKey)}");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/dashboard/", signIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie")).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("path=/dashboard", cookie);
        using var page = await browser.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var data = await browser.GetAsync("/dashboard/DashboardCounters");
        Assert.Equal(HttpStatusCode.OK, data.StatusCode);
        using var elsewhere = await browser.GetAsync("/api/v1/admin/keys");
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_viewer_key_in_the_dashboard_s_address_is_a_403_problem_and_is_not_kept()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = App.BaseAddress };
        var viewer = await App.CreateKeyAsync("viewer");

        using var response = await browser.GetAsync($"/dashboard/?access_token={Uri.EscapeDataString(viewer)}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}

public sealed class DashboardOnSqlite(SqliteApp fixture) : DashboardContract(fixture), IClassFixture<SqliteApp>;

public sealed class DashboardOnPostgres(PostgresApp fixture) : DashboardContract(fixture), IClassFixture<PostgresApp>;

public sealed class DashboardWithAnonymousReads(AnonymousReadApp fixture) : DashboardContract(fixture), IClassFixture<AnonymousReadApp>;
