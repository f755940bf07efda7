using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Grains;

namespace KpiActors.Silo.Facts;

/// <summary>
/// How one engine reads and writes the rows of a commit, inside the commit's transaction. The engines
/// differ in what is cheap: SQLite runs in-process, so a prepared statement per row costs little;
/// PostgreSQL is a round trip away, so rows go in bulk (COPY, or one statement over arrays).
/// </summary>
internal interface IFactRows
{
    /// <summary>
    /// Called first in every commit: makes this commit the one writer of these provinces, cluster-wide, until it
    /// ends, by locking their rows of the ledger (created on first use); another node's commit for any of them waits.
    /// So the versions it reads stay current, and the grains' sequences it continues are the last ones committed.
    /// Answers each of the provinces' grains' last sequence.
    /// </summary>
    Task<Dictionary<IndicatorKey, long>> LockAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> provinces, CancellationToken cancellationToken);

    /// <summary>The stored versions of the dossiers named by <paramref name="keys"/>; absent ones are left out.</summary>
    Task<IReadOnlyList<DossierFact>> ReadDossiersAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<(string Province, string DossierId)> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the changes, each delta under the sequence at its index in <paramref name="sequences"/>, and moves the
    /// ledger to <paramref name="lastSequences"/>.
    /// </summary>
    Task WriteAsync(
        DbConnection connection, DbTransaction transaction, FactChanges changes, IReadOnlyList<long> sequences,
        IReadOnlyDictionary<IndicatorKey, long> lastSequences, DateTimeOffset recordedAt, CancellationToken cancellationToken);
}
