using KpiActors.TestSupport;

namespace KpiActors.Grains.Tests.Grains;

public sealed class IndicatorGrainOnSqlite : IndicatorGrainContract
{
    protected override StorageEngine Engine => StorageEngine.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(SqliteFile.CreateConnectionString());
}
