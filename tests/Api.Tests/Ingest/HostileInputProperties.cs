using CsCheck;
using KpiActors.TestSupport;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// Generated hostile values in every field of every write and every parameter of every read, on each storage engine:
/// each request answers the 4xx problem its generator expects, naming the row and field, and stores nothing, and no
/// figure on the board moves. A few hundred requests an endpoint keep the run to seconds.
/// </summary>
public abstract class HostileInputProperties(AppFixture fixture)
{
    private const int Requests = 300;

    private KpiApp App => fixture.App;

    /// <summary>Every table a write can touch, keys and targets included.</summary>
    private sealed record Everything(StoredRows Facts, long Keys, long Targets, long Alerts);

    private async Task<Everything> EverythingAsync() => new(
        await App.StoredRowsAsync(),
        await App.CountAsync("SELECT COUNT(*) FROM api_keys"),
        await App.CountAsync("SELECT COUNT(*) FROM targets"),
        await App.CountAsync("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NOT NULL"));

    private async Task AllRefusedAsync(Gen<HostileRequest> requests)
    {
        using var client = App.Client();
        var board = await client.BoardTextAsync("ontime", Samples.September);
        var stored = await EverythingAsync();

        await requests.SampleAsync(async request =>
        {
            using var response = await client.SendAsync(request.ToMessage());
            var problem = await response.ProblemAsync(request.Status);
            if (request.Names is not null)
            {
                Assert.Contains(request.Names, problem.Errors);
            }

            Assert.Equal(stored, await EverythingAsync());
        }, iter: Requests, threads: 1);

        Assert.Equal(board, await client.BoardTextAsync("ontime", Samples.September));
    }

    [Fact]
    public Task Hostile_dossier_fields_in_any_format_are_refused_naming_row_and_field() => AllRefusedAsync(HostileRequests.Dossiers);

    [Fact]
    public Task Hostile_edoc_count_fields_in_any_format_are_refused_naming_row_and_field() => AllRefusedAsync(HostileRequests.EDocCounts);

    [Fact]
    public Task Hostile_catalogue_entries_and_provinces_are_refused() => AllRefusedAsync(HostileRequests.Procedures);

    [Fact]
    public Task Hostile_key_requests_are_refused_and_no_key_is_made() => AllRefusedAsync(HostileRequests.Keys);

    [Fact]
    public Task Hostile_target_requests_are_refused_and_no_target_is_set() => AllRefusedAsync(HostileRequests.Targets);

    [Fact]
    public Task Hostile_query_parameters_and_route_values_of_reads_are_refused() => AllRefusedAsync(HostileRequests.Reads);
}

public sealed class HostileInputPropertiesOnSqlite(SqliteApp fixture) : HostileInputProperties(fixture), IClassFixture<SqliteApp>;

public sealed class HostileInputPropertiesOnPostgres(PostgresApp fixture) : HostileInputProperties(fixture), IClassFixture<PostgresApp>;
