namespace KpiActors.Api.Ingest;

/// <summary>Why one row of a batch was refused. Index counts from 0; null when the body itself is unreadable.</summary>
public sealed record RowError(int? Index, string Field, string Reason);
