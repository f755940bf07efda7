using System.Net;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace KpiActors.Api.Tests.Operations;

/// <summary>
/// /health/ready, asked by a load balancer without a key: ready once storage answers and this node's silo is an
/// active member of its cluster (localhost clustering on SQLite, Orleans' membership table on PostgreSQL).
/// </summary>
public abstract class ReadinessContract(AppFixture fixture)
{
    protected KpiApp App => fixture.App;

    [Fact]
    public async Task A_started_node_is_ready_without_a_key_naming_its_storage_and_cluster_checks_healthy()
    {
        using var anonymous = App.Client(null);

        var ready = await anonymous.GetAsync("/health/ready").JsonAsync();

        Assert.Equal("Healthy", ready.Text("status"));
        var checks = ready.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString());
        Assert.Equal(new Dictionary<string, string?> { ["storage"] = "Healthy", ["cluster"] = "Healthy" }, checks);
        var silo = App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        Assert.Equal(SiloStatus.Active, App.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.GetSiloStatus(silo));
    }
}

public sealed class ReadinessOnSqlite(SqliteApp fixture) : ReadinessContract(fixture), IClassFixture<SqliteApp>;

public sealed class ReadinessOnPostgres(PostgresApp fixture) : ReadinessContract(fixture), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task The_membership_table_in_the_database_holds_the_ready_node_as_active()
    {
        var silo = App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM orleans_membership WHERE port = @port AND generation = @generation";
        command.AddParameter("port", silo.Endpoint.Port);
        command.AddParameter("generation", silo.Generation);

        // Orleans' SiloStatus.Active, as its ADO.NET clustering stores it.
        Assert.Equal((int)SiloStatus.Active, Convert.ToInt32(await command.ExecuteScalarAsync()));
    }
}
