using KpiActors.Silo.Storage;
using KpiActors.TestSupport;

using KpiActors.Silo.Tests.Storage;

namespace KpiActors.Silo.Tests.Facts;

public sealed class FactStoreOnSqlite : FactStoreContract
{
    protected override Task<Database> CreateEmptyDatabaseAsync() =>
        Task.FromResult<Database>(new SqliteDatabase(SqliteFile.CreateConnectionString()));
}
