using KpiActors.Silo.Storage;
using KpiActors.TestSupport;

namespace KpiActors.Silo.Tests.Storage;

public sealed class GrainStorageOnSqlite : GrainStorageContract
{
    protected override Task<Database> CreateEmptyDatabaseAsync() =>
        Task.FromResult<Database>(new SqliteDatabase(SqliteFile.CreateConnectionString()));
}
