namespace KpiActors.Api.Ingest;

/// <summary>One row of a request, as field texts, whatever format it came in.</summary>
public sealed class IngestRow(int index, IReadOnlyDictionary<string, string?> fields)
{
    public int Index { get; } = index;

    public string? this[string field] => fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
