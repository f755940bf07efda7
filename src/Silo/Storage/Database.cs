using System.Data.Common;

namespace KpiActors.Silo.Storage;

/// <summary>
/// One storage engine: how to open a connection and the few places where the SQL of SQLite and
/// PostgreSQL differ. Everything else is shared ADO.NET code.
/// </summary>
public abstract class Database
{
    public abstract StorageProvider Provider { get; }

    /// <summary>Column type of a 64-bit key that the engine assigns in increasing order.</summary>
    public abstract string AutoIncrementKey { get; }

    /// <summary>Column type of an instant.</summary>
    public abstract string Timestamp { get; }

    /// <summary>What follows CREATE TABLE (...) to store rows in primary key order, where the engine can.</summary>
    public abstract string ClusteredByKey { get; }

    /// <summary>Column type of a double-precision number.</summary>
    public abstract string Double { get; }

    /// <summary>SQL for the day in Vietnam (see VietnamTime) of the instant in <paramref name="column"/>, comparable and groupable.</summary>
    public abstract string VietnamDayOf(string column);

    /// <summary>Statement, run inside a transaction, that keeps other nodes from migrating at the same time.</summary>
    public abstract string MigrationLock { get; }

    /// <summary>How a commit's fact rows are read and written: each engine's fastest way within one transaction.</summary>
    internal abstract IFactRows FactRows { get; }

    public abstract string Describe();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await OnOpenedAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected abstract DbConnection CreateConnection();

    protected virtual Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;
}
