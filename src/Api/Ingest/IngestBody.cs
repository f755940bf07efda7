using System.Text;
using System.Text.Json;

namespace KpiActors.Api.Ingest;

/// <summary>
/// Reads a request body into rows: a JSON array of objects, NDJSON (one object a line) or CSV with a
/// header line. Field names match without regard to case.
/// </summary>
public static class IngestBody
{
    public const string Json = "application/json";
    public const string NdJson = "application/x-ndjson";
    public const string Csv = "text/csv";

    private const string RepeatedField = "appears twice (field names match without regard to case): which one is meant is not clear";

    /// <summary>Bytes that are not UTF-8 are refused, not replaced: a stored U+FFFD would be a value nobody sent.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowError> Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? Json;
        string text;
        try
        {
            using var reader = new StreamReader(request.Body, StrictUtf8);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return ([], [new RowError(null, "body", "is not valid UTF-8")]);
        }

        var errors = new List<RowError>();
        var rows = mediaType switch
        {
            Json => FromJsonArray(text, errors),
            NdJson => FromNdJson(text, errors),
            Csv => FromCsv(text, errors),
            _ => Refuse(errors, new RowError(null, "Content-Type", $"'{mediaType}' is not accepted: send {Json}, {NdJson} or {Csv}.")),
        };
        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new RowError(null, "body", "The batch has no rows."));
        }

        return (rows, errors);
    }

    private static IReadOnlyList<IngestRow> Refuse(List<RowError> errors, RowError error)
    {
        errors.Add(error);
        return [];
    }

    private static IReadOnlyList<IngestRow> FromJsonArray(string text, List<RowError> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Refuse(errors, new RowError(null, "body", "Expected a JSON array of objects."));
            }

            var rows = new List<IngestRow>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return Refuse(errors, new RowError(rows.Count, "body", "Expected a JSON object."));
                }

                rows.Add(new IngestRow(rows.Count, Fields(element, rows.Count, errors)));
            }

            return rows;
        }
        catch (JsonException e)
        {
            return Refuse(errors, new RowError(null, "body", $"Not valid JSON: {e.Message}"));
        }
    }

    private static IReadOnlyList<IngestRow> FromNdJson(string text, List<RowError> errors)
    {
        var rows = new List<IngestRow>();
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return Refuse(errors, new RowError(rows.Count, "body", "Expected one JSON object per line."));
                }

                rows.Add(new IngestRow(rows.Count, Fields(document.RootElement, rows.Count, errors)));
            }
            catch (JsonException e)
            {
                return Refuse(errors, new RowError(rows.Count, "body", $"Not valid JSON: {e.Message}"));
            }
        }

        return rows;
    }

    private static IReadOnlyList<IngestRow> FromCsv(string text, List<RowError> errors)
    {
        var records = CsvRecords.Parse(text, out var error);
        if (error is not null)
        {
            return Refuse(errors, new RowError(null, "body", error));
        }

        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Select(name => name.Trim()).ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in header.Where(name => !seen.Add(name)))
        {
            errors.Add(new RowError(null, name, RepeatedField));
        }

        if (errors.Count > 0)
        {
            return [];
        }

        var rows = new List<IngestRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Count != header.Count)
            {
                return Refuse(errors, new RowError(rows.Count, "body", $"The line has {record.Count} fields; the header has {header.Count}."));
            }

            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                fields[header[i]] = record[i];
            }

            rows.Add(new IngestRow(rows.Count, fields));
        }

        return rows;
    }

    /// <summary>
    /// An object's fields as text. A field given twice, a name or value that is not valid Unicode, and an array or
    /// object where text is expected are noted as errors of the row rather than stored as something nobody meant.
    /// </summary>
    private static Dictionary<string, string?> Fields(JsonElement element, int index, List<RowError> errors)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                errors.Add(new RowError(index, "body", "a field name is not valid Unicode (a lone UTF-16 surrogate)"));
                continue;
            }

            if (fields.ContainsKey(name))
            {
                errors.Add(new RowError(index, name, RepeatedField));
                continue;
            }

            fields[name] = Value(property.Value, index, name, errors);
        }

        return fields;
    }

    private static string? Value(JsonElement value, int index, string name, List<RowError> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                try
                {
                    return value.GetString();
                }
                catch (InvalidOperationException)
                {
                    errors.Add(new RowError(index, name, "is not valid Unicode (a lone UTF-16 surrogate)"));
                    return null;
                }

            case JsonValueKind.Array or JsonValueKind.Object:
                errors.Add(new RowError(index, name, $"is a JSON {value.ValueKind.ToString().ToLowerInvariant()}; expected text or a number"));
                return null;
            default:
                return value.GetRawText();
        }
    }
}
