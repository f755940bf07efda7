using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KpiActors.Silo.Storage;

/// <summary>Ready when the database answers a query.</summary>
public sealed class StorageHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schema_history";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy(database.Describe());
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"{database.Describe()} is not reachable", e);
        }
    }
}
