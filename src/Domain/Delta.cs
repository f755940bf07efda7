namespace KpiActors.Domain;

/// <summary>What a change of facts adds to one grain's counters in one bucket.</summary>
public sealed record Delta(string Province, string Indicator, int Bucket, long[] Values);

/// <summary>A delta as the log holds it: numbered, in the order grains must apply it.</summary>
public sealed record LoggedDelta(long Sequence, int Bucket, long[] Values, DateTimeOffset RecordedAt);
