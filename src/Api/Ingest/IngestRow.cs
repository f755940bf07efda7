namespace KpiActors.Api.Ingest;

/// <summary>
/// One row of a request, as field texts keyed by the API's field names, whatever format it came in. A spreadsheet
/// row also knows its row number in the sheet and the headers its fields came from, so that a refusal names what
/// the sender sees.
/// </summary>
public sealed class IngestRow(
    int index, IReadOnlyDictionary<string, string?> fields, RowOrigin origin = RowOrigin.Api, int? sheetRow = null, IReadOnlyDictionary<string, string>? sourceNames = null)
{
    public int Index { get; } = index;

    public RowOrigin Origin { get; } = origin;

    /// <summary>The row's number in its spreadsheet (the header being row 1 or later); null for JSON and NDJSON.</summary>
    public int? SheetRow { get; } = sheetRow;

    public string? this[string field] => fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Whether the sender's format has this field at all (a column of the sheet), empty or not.</summary>
    public bool Has(string field) => fields.ContainsKey(field);

    /// <summary>What the sender called this field: a spreadsheet's header, a portal field, else the API's own name.</summary>
    public string NameOf(string field) => sourceNames is not null && sourceNames.TryGetValue(field, out var name) ? name : field;

    /// <summary>This row with a field filled in that the sender left out, named after where it came from (a province from the key).</summary>
    public IngestRow With(string field, string value, string name)
    {
        var filled = new Dictionary<string, string?>(fields, StringComparer.OrdinalIgnoreCase) { [field] = value };
        var names = new Dictionary<string, string>(sourceNames ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase) { [field] = name };
        return new IngestRow(Index, filled, Origin, SheetRow, names);
    }
}

/// <summary>
/// Where a row comes from, which says how its values are written: the API's own (ISO 8601 dates, the API's words), an
/// office's spreadsheet (also day-first dates, Vietnamese words, fields left implicit) or the national portal's sync.
/// </summary>
public enum RowOrigin
{
    Api,
    Sheet,
    Portal,
}
