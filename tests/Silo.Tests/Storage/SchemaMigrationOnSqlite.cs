using KpiActors.Silo.Storage;
using KpiActors.TestSupport;

namespace KpiActors.Silo.Tests.Storage;

public sealed class SchemaMigrationOnSqlite : SchemaMigrationContract
{
    protected override Task<Database> CreateEmptyDatabaseAsync() =>
        Task.FromResult<Database>(new SqliteDatabase(SqliteFile.CreateConnectionString()));
}
