namespace KpiActors.Silo.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
