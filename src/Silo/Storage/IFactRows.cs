using System.Data.Common;
using KpiActors.Domain;

namespace KpiActors.Silo.Storage;

/// <summary>
/// How one engine reads and writes the rows of a commit, inside the commit's transaction. The engines
/// differ in what is cheap: SQLite runs in-process, so a prepared statement per row costs little;
/// PostgreSQL is a round trip away, so rows go in bulk (COPY, or one statement over arrays).
/// </summary>
internal interface IFactRows
{
    /// <summary>
    /// Called first in every commit: keeps every other commit, from any node, out until this one ends, so
    /// that the versions it reads stay current and its log sequences follow the previous commit's.
    /// </summary>
    Task LockAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>The stored versions of the dossiers named by <paramref name="keys"/>; absent ones are left out.</summary>
    Task<IReadOnlyList<DossierFact>> ReadDossiersAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<(string Province, string DossierId)> keys, CancellationToken cancellationToken);

    /// <summary>Writes the changes; answers the sequence of each delta, in the order of <see cref="FactChanges.Deltas"/>, increasing.</summary>
    Task<IReadOnlyList<long>> WriteAsync(
        DbConnection connection, DbTransaction transaction, FactChanges changes, DateTimeOffset recordedAt, CancellationToken cancellationToken);
}
