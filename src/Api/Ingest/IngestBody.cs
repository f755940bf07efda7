using System.Text;
using System.Text.Json;
using KpiActors.Api.Shared;

namespace KpiActors.Api.Ingest;

/// <summary>
/// Reads a request body into rows: a JSON array of objects, NDJSON (one object a line), or a spreadsheet (CSV with a
/// header line, or an xlsx workbook's first sheet). Field names match without regard to case; an endpoint that knows
/// a spreadsheet's headers (<see cref="SheetHeaders"/>) also takes them in Vietnamese and refuses a header it does not know.
/// </summary>
public static class IngestBody
{
    public const string Json = "application/json";
    public const string NdJson = "application/x-ndjson";
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Bytes that are not UTF-8 are refused, not replaced: a stored U+FFFD would be a value nobody sent.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowRefusal> Errors)> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken, SheetHeaders? headers = null)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? Json;
        var errors = new List<RowRefusal>();
        if (mediaType == Xlsx)
        {
            // The zip inside needs to seek; the body is bounded by the request limit before it gets here.
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            var records = XlsxRecords.Read(buffer, out var unreadable);
            return Checked(unreadable is null ? FromSheet(records, headers, padShortRows: true, errors) : Refuse(errors, new RowRefusal(null, "body", unreadable)), errors);
        }

        var text = await ReadTextAsync(request, cancellationToken);
        if (text is null)
        {
            return ([], [NotUtf8]);
        }

        var rows = mediaType switch
        {
            Json => FromJsonArray(text, errors),
            NdJson => FromNdJson(text, errors),
            Csv => FromCsv(text, headers, errors),
            _ => Refuse(errors, new RowRefusal(null, "Content-Type", Refusal.NotAccepted(mediaType, [Json, NdJson, Csv, Xlsx]))),
        };
        return Checked(rows, errors);
    }

    public static readonly RowRefusal NotUtf8 = new(null, "body", Refusal.NotUtf8());

    /// <summary>The body as text, or null when it is not UTF-8.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = new StreamReader(request.Body, StrictUtf8);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static (IReadOnlyList<IngestRow> Rows, IReadOnlyList<RowRefusal> Errors) Checked(IReadOnlyList<IngestRow> rows, List<RowRefusal> errors)
    {
        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new RowRefusal(null, "body", Refusal.NoRows()));
        }

        return (rows, errors);
    }

    private static IReadOnlyList<IngestRow> Refuse(List<RowRefusal> errors, RowRefusal error)
    {
        errors.Add(error);
        return [];
    }

    private static IReadOnlyList<IngestRow> FromJsonArray(string text, List<RowRefusal> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Refuse(errors, new RowRefusal(null, "body", Refusal.NotAJsonArray()));
            }

            var rows = new List<IngestRow>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return Refuse(errors, new RowRefusal(rows.Count, "body", Refusal.NotAJsonObject()));
                }

                rows.Add(new IngestRow(rows.Count, Fields(element, rows.Count, errors)));
            }

            return rows;
        }
        catch (JsonException e)
        {
            return Refuse(errors, new RowRefusal(null, "body", Refusal.NotJson(e)));
        }
    }

    private static IReadOnlyList<IngestRow> FromNdJson(string text, List<RowRefusal> errors)
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
                    return Refuse(errors, new RowRefusal(rows.Count, "body", Refusal.NotAJsonObjectPerLine()));
                }

                rows.Add(new IngestRow(rows.Count, Fields(document.RootElement, rows.Count, errors)));
            }
            catch (JsonException e)
            {
                return Refuse(errors, new RowRefusal(rows.Count, "body", Refusal.NotJson(e)));
            }
        }

        return rows;
    }

    private static IReadOnlyList<IngestRow> FromCsv(string text, SheetHeaders? headers, List<RowRefusal> errors)
    {
        var records = CsvRecords.Parse(text, out var error);
        return error is not null ? Refuse(errors, new RowRefusal(null, "body", error)) : FromSheet(records, headers, padShortRows: false, errors);
    }

    /// <summary>
    /// Rows of a spreadsheet under its first line's headers. A worksheet leaves out a row's empty cells at its end, so
    /// a short row is padded there; in CSV a line of another width is a broken line.
    /// </summary>
    private static IReadOnlyList<IngestRow> FromSheet(List<SheetRecord> records, SheetHeaders? headers, bool padShortRows, List<RowRefusal> errors)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Cells.Select(name => name.Trim()).ToList();
        var fields = new string?[header.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            if (headers is null)
            {
                fields[i] = header[i];
            }
            else if (!headers.TryField(header[i], out fields[i]))
            {
                errors.Add(new RowRefusal(null, header[i], Refusal.UnknownColumn(headers.Aliases), records[0].Row));
                continue;
            }

            if (fields[i] is { } field && !seen.Add(field))
            {
                errors.Add(new RowRefusal(null, header[i], Refusal.RepeatedField(), records[0].Row));
            }
        }

        if (errors.Count > 0)
        {
            return [];
        }

        var names = Enumerable.Range(0, header.Count).Where(i => fields[i] is not null)
            .ToDictionary(i => fields[i]!, i => header[i], StringComparer.OrdinalIgnoreCase);
        var rows = new List<IngestRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Cells.Count > header.Count || (record.Cells.Count < header.Count && !padShortRows))
            {
                return Refuse(errors, new RowRefusal(rows.Count, "body", Refusal.LineWidth(record.Cells.Count, header.Count), record.Row));
            }

            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                if (fields[i] is { } field)
                {
                    values[field] = i < record.Cells.Count ? record.Cells[i] : null;
                }
            }

            rows.Add(new IngestRow(rows.Count, values, headers is null ? RowOrigin.Api : RowOrigin.Sheet, record.Row, names));
        }

        return rows;
    }

    /// <summary>
    /// An object's fields as text. A field given twice, a name or value that is not valid Unicode, and an array or
    /// object where text is expected are noted as errors of the row rather than stored as something nobody meant.
    /// Fields named in <paramref name="structured"/> hold structure the caller reads itself, and are left out.
    /// </summary>
    internal static Dictionary<string, string?> Fields(JsonElement element, int? index, List<RowRefusal> errors, params string[] structured)
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
                errors.Add(new RowRefusal(index, "body", Refusal.FieldNameNotUnicode()));
                continue;
            }

            if (structured.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (fields.ContainsKey(name))
            {
                errors.Add(new RowRefusal(index, name, Refusal.RepeatedField()));
                continue;
            }

            fields[name] = Value(property.Value, index, name, errors);
        }

        return fields;
    }

    private static string? Value(JsonElement value, int? index, string name, List<RowRefusal> errors)
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
                    errors.Add(new RowRefusal(index, name, Refusal.ValueNotUnicode()));
                    return null;
                }

            case JsonValueKind.Array or JsonValueKind.Object:
                errors.Add(new RowRefusal(index, name, Refusal.NotText(value.ValueKind)));
                return null;
            default:
                return value.GetRawText();
        }
    }
}
