namespace KpiActors.Silo.Storage;

/// <summary>One step of the schema. Never edit a released step: add the next one.</summary>
public sealed record Migration(int Version, string Description, Func<Database, string> Sql);
