using KpiActors.TestSupport;

namespace KpiActors.Grains.Tests.Grains;

public sealed class SqliteIndicatorGrainTests : IndicatorGrainContract
{
    protected override StorageEngine Engine => StorageEngine.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(SqliteFile.CreateConnectionString());
}
