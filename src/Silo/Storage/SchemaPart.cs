namespace KpiActors.Silo.Storage;

/// <summary>
/// A feature's share of the schema: its tables, as the ordered steps that build them, recorded under its name. The app
/// migrates the parts its features register, in the order they register them, before anything else starts.
/// </summary>
/// <param name="StepsInSchema9">
/// How many of its first steps the schema of the releases before per-feature parts already held (their single version
/// 9): a database they wrote has those, and takes only what follows.
/// </param>
public sealed record SchemaPart(string Name, IReadOnlyList<Migration> Steps, int StepsInSchema9 = 0);
