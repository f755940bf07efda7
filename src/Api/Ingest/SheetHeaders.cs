using KpiActors.Domain;

namespace KpiActors.Api.Ingest;

/// <summary>
/// The column headers a spreadsheet may use for an endpoint's fields, matched as <see cref="FoldedText"/>: the API's
/// own names and the aliases offices write, in Vietnamese or English. Columns only people read (a running number)
/// are passed over; any other header is refused by name rather than silently dropped.
/// </summary>
public sealed class SheetHeaders(IReadOnlyDictionary<string, string[]> aliases, IEnumerable<string> passedOver)
{
    private readonly Dictionary<string, string> _fields = aliases
        .SelectMany(a => a.Value.Append(a.Key).Select(alias => (Alias: FoldedText.Of(alias), Field: a.Key)))
        .DistinctBy(a => a.Alias)
        .ToDictionary(a => a.Alias, a => a.Field);

    private readonly HashSet<string> _passedOver = passedOver.Select(FoldedText.Of).ToHashSet();

    /// <summary>The fields, each with the headers it is known by, for a refusal to list.</summary>
    public IReadOnlyDictionary<string, string[]> Aliases { get; } = aliases;

    /// <summary>The field a header names; null when the column is one to pass over.</summary>
    public bool TryField(string header, out string? field)
    {
        var folded = FoldedText.Of(header);
        if (_passedOver.Contains(folded))
        {
            field = null;
            return true;
        }

        return _fields.TryGetValue(folded, out field);
    }
}
