namespace KpiActors.Silo.Storage;

/// <summary>One step of a schema part, numbered from 1 within its part. Never edit a released step: add the next one.</summary>
public sealed record Migration(int Version, string Description, Func<Database, string> Sql);
