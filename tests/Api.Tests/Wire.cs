using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KpiActors.Domain.Wire;

namespace KpiActors.Api.Tests;

/// <summary>
/// Request bodies in the three formats the ingest endpoints accept, written here rather than by the app's own
/// readers; each row is a <see cref="DossierEvent"/>, the one declaration of the dossier's shape on the wire.
/// </summary>
public static class Wire
{
    public static StringContent Json(IEnumerable<DossierEvent> dossiers) =>
        new(JsonSerializer.Serialize(dossiers), Encoding.UTF8, "application/json");

    /// <summary>A JSON array of objects whose values keep their JSON types (numbers stay numbers).</summary>
    public static StringContent JsonObjects(params object[] rows) =>
        new(JsonSerializer.Serialize(rows), Encoding.UTF8, "application/json");

    public static StringContent NdJson(IEnumerable<DossierEvent> dossiers) =>
        new(string.Concat(dossiers.Select(d => JsonSerializer.Serialize(d) + "\n")), Encoding.UTF8, "application/x-ndjson");

    public static StringContent Csv(IEnumerable<DossierEvent> dossiers) => new(CsvText(dossiers), Encoding.UTF8, "text/csv");

    /// <summary>A header of <see cref="DossierEvent.Header"/>, then one line of <see cref="DossierEvent.Values"/> per dossier.</summary>
    public static string CsvText(IEnumerable<DossierEvent> dossiers)
    {
        var text = new StringBuilder(CsvLine(DossierEvent.Header));
        foreach (var dossier in dossiers)
        {
            text.Append(CsvLine(dossier.Values));
        }

        return text.ToString();
    }

    /// <summary>One CSV line of these fields, ending in CRLF.</summary>
    public static string CsvLine(IEnumerable<string?> fields) => string.Join(',', fields.Select(CsvField)) + "\r\n";

    public static StringContent Raw(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; null is an empty field.
    private static string CsvField(string? value) =>
        value is null ? ""
        : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\""
        : value;
}
