using KpiActors.Domain;
using KpiActors.Grains;

namespace KpiActors.Silo.Facts;

/// <summary>
/// Facts from one request, stored all or nothing. <see cref="ReplacesCatalogueOf"/> names a province whose
/// whole procedure catalogue these facts are: procedures missing from them are removed.
/// </summary>
public sealed record FactBatch(IReadOnlyList<IFact> Facts, string? ReplacesCatalogueOf = null)
{
    /// <summary>Whose writer must store it: the provinces of its facts, and the one whose catalogue it replaces.</summary>
    public IEnumerable<string> Provinces => Facts.Select(f => f.Province).Concat(ReplacesCatalogueOf is { } province ? [province] : []);
}

/// <summary>What storing one batch did: facts that changed something, and exact repeats.</summary>
public readonly record struct BatchOutcome(int Changed, int Unchanged);

/// <summary>One grain's deltas from a commit, numbered in that grain's own sequence.</summary>
public sealed record GrainDeltas(IndicatorKey Grain, DeltaBatch Batch);

public sealed record FactCommit(IReadOnlyList<BatchOutcome> Outcomes, IReadOnlyList<GrainDeltas> Grains);
