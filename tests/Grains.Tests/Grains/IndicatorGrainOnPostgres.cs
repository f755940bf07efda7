using KpiActors.TestSupport;

namespace KpiActors.Grains.Tests.Grains;

public sealed class IndicatorGrainOnPostgres : IndicatorGrainContract
{
    protected override StorageEngine Engine => StorageEngine.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresServer.CreateDatabaseAsync();
}
