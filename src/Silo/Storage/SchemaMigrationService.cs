using Microsoft.Extensions.Hosting;

namespace KpiActors.Silo.Storage;

/// <summary>Migrates the schema before anything else starts: registered first, so it starts first.</summary>
internal sealed class SchemaMigrationService(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
