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

    public static async Task<(IReadOnlyList<IngestRow> Rows, RowError? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() ?? Json;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var (rows, error) = mediaType switch
        {
            Json => FromJsonArray(text),
            NdJson => FromNdJson(text),
            Csv => FromCsv(text),
            _ => ([], new RowError(null, "Content-Type", $"'{mediaType}' is not accepted: send {Json}, {NdJson} or {Csv}.")),
        };
        if (error is null && rows.Count == 0)
        {
            error = new RowError(null, "body", "The batch has no rows.");
        }

        return (rows, error);
    }

    private static (IReadOnlyList<IngestRow>, RowError?) FromJsonArray(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ([], new RowError(null, "body", "Expected a JSON array of objects."));
            }

            var rows = new List<IngestRow>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return ([], new RowError(rows.Count, "body", "Expected a JSON object."));
                }

                rows.Add(new IngestRow(rows.Count, Fields(element)));
            }

            return (rows, null);
        }
        catch (JsonException e)
        {
            return ([], new RowError(null, "body", $"Not valid JSON: {e.Message}"));
        }
    }

    private static (IReadOnlyList<IngestRow>, RowError?) FromNdJson(string text)
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
                    return ([], new RowError(rows.Count, "body", "Expected one JSON object per line."));
                }

                rows.Add(new IngestRow(rows.Count, Fields(document.RootElement)));
            }
            catch (JsonException e)
            {
                return ([], new RowError(rows.Count, "body", $"Not valid JSON: {e.Message}"));
            }
        }

        return (rows, null);
    }

    private static (IReadOnlyList<IngestRow>, RowError?) FromCsv(string text)
    {
        var records = CsvRecords.Parse(text, out var error);
        if (error is not null)
        {
            return ([], new RowError(null, "body", error));
        }

        if (records.Count == 0)
        {
            return ([], null);
        }

        var header = records[0];
        var rows = new List<IngestRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Count != header.Count)
            {
                return ([], new RowError(rows.Count, "body", $"The line has {record.Count} fields; the header has {header.Count}."));
            }

            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                fields[header[i].Trim()] = record[i];
            }

            rows.Add(new IngestRow(rows.Count, fields));
        }

        return (rows, null);
    }

    private static Dictionary<string, string?> Fields(JsonElement element)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }

        return fields;
    }
}
