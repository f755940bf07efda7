using KpiActors.Silo.Storage;
using KpiActors.TestSupport;

namespace KpiActors.Silo.Tests.Storage;

public sealed class SchemaMigrationOnPostgres : SchemaMigrationContract
{
    protected override async Task<Database> CreateEmptyDatabaseAsync() =>
        new PostgresDatabase(await PostgresServer.CreateDatabaseAsync());
}
