using System.Data.Common;

namespace KpiActors.Silo.Storage;

/// <summary>
/// One storage engine: how to open a connection and the few places where the SQL of SQLite and
/// PostgreSQL differ. Everything else is shared ADO.NET code.
/// </summary>
public abstract class Database
{
    /// <summary>Measured over 10 million deltas on PostgreSQL, 2 cores, when grains read every row: 4 at a time 44 s, 8 39 s, 16 36 s.</summary>
    public const int ConcurrentReads = 16;

    private readonly SemaphoreSlim _readTurns = new(ConcurrentReads);

    public abstract StorageProvider Provider { get; }

    /// <summary>
    /// A turn for one of the reads that a grain makes when it activates (its snapshot, its log). After a restart every
    /// board asks for every grain at once: 136 concurrent scans of a 10-million-delta log held 136 PostgreSQL
    /// connections (the pool has 100, and the rest failed after 15 s) and ran slower together than a few at a time,
    /// and opening a connection for each of 136 snapshot reads took PostgreSQL longer than reading them a few at a time.
    /// </summary>
    public async Task<ReadTurn> TakeReadTurnAsync(CancellationToken cancellationToken = default)
    {
        await _readTurns.WaitAsync(cancellationToken);
        return new ReadTurn(_readTurns);
    }

    public sealed class ReadTurn(SemaphoreSlim turns) : IDisposable
    {
        public void Dispose() => turns.Release();
    }

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

    /// <summary>SQL counting the tables named <paramref name="table"/> (0 or 1), in the schema the app uses.</summary>
    public abstract string CountTables(string table);

    /// <summary>Statement, run inside a transaction, that keeps other nodes from migrating at the same time.</summary>
    public abstract string MigrationLock { get; }

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
