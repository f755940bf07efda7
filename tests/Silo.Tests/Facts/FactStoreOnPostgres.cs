using KpiActors.Silo.Storage;
using KpiActors.TestSupport;

using KpiActors.Silo.Tests.Storage;

namespace KpiActors.Silo.Tests.Facts;

public sealed class FactStoreOnPostgres : FactStoreContract
{
    protected override async Task<Database> CreateEmptyDatabaseAsync() =>
        new PostgresDatabase(await PostgresServer.CreateDatabaseAsync());
}
