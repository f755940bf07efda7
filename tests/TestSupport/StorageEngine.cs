namespace KpiActors.TestSupport;

public enum StorageEngine
{
    Sqlite,
    Postgres,
}
