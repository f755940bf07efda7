namespace KpiActors.Silo.Tests.Storage;

/// <summary>One row of the delta log, its counters as text so that rows compare by value.</summary>
public sealed record LogRow(string Province, string Indicator, long Sequence, int Bucket, string Values);
