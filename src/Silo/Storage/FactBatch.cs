using KpiActors.Domain;

namespace KpiActors.Silo.Storage;

/// <summary>
/// Facts from one request, stored all or nothing. <see cref="ReplacesCatalogueOf"/> names a province whose
/// whole procedure catalogue these facts are: procedures missing from them are removed.
/// </summary>
public sealed record FactBatch(IReadOnlyList<IFact> Facts, string? ReplacesCatalogueOf = null);

/// <summary>What storing one batch did: facts that changed something, and exact repeats.</summary>
public readonly record struct BatchOutcome(int Changed, int Unchanged);

/// <summary>A delta as committed, with the grain it belongs to.</summary>
public sealed record CommittedDelta(string Province, string Indicator, LoggedDelta Delta);

public sealed record FactCommit(IReadOnlyList<BatchOutcome> Outcomes, IReadOnlyList<CommittedDelta> Deltas);
