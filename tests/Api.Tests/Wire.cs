using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KpiActors.Api.Tests;

/// <summary>A dossier event as a one-stop office sends it; dates are the exact texts put on the wire.</summary>
public sealed record Dossier(
    string Province,
    string DossierId,
    string ReceivedAt,
    string DueAt,
    string? ResolvedAt,
    string Status,
    string Channel = "online",
    string Level = "commune",
    string? ProcedureCode = null)
{
    public IReadOnlyDictionary<string, string?> Fields => new Dictionary<string, string?>
    {
        ["province"] = Province,
        ["dossierId"] = DossierId,
        ["level"] = Level,
        ["channel"] = Channel,
        ["procedureCode"] = ProcedureCode,
        ["receivedAt"] = ReceivedAt,
        ["dueAt"] = DueAt,
        ["resolvedAt"] = ResolvedAt,
        ["status"] = Status,
    };
}

/// <summary>Request bodies in the three formats the ingest endpoints accept, written by hand rather than by the app's own code.</summary>
public static class Wire
{
    public static StringContent Json(IEnumerable<IReadOnlyDictionary<string, string?>> rows) =>
        new(JsonSerializer.Serialize(rows), Encoding.UTF8, "application/json");

    public static StringContent Json(IEnumerable<Dossier> dossiers) => Json(dossiers.Select(d => d.Fields));

    /// <summary>A JSON array of objects whose values keep their JSON types (numbers stay numbers).</summary>
    public static StringContent JsonObjects(params object[] rows) =>
        new(JsonSerializer.Serialize(rows), Encoding.UTF8, "application/json");

    public static StringContent NdJson(IEnumerable<Dossier> dossiers) =>
        new(string.Concat(dossiers.Select(d => JsonSerializer.Serialize(d.Fields) + "\n")), Encoding.UTF8, "application/x-ndjson");

    public static StringContent Csv(IEnumerable<Dossier> dossiers)
    {
        string[] columns = ["province", "dossierId", "level", "channel", "procedureCode", "receivedAt", "dueAt", "resolvedAt", "status"];
        var text = new StringBuilder().AppendJoin(',', columns).Append("\r\n");
        foreach (var d in dossiers)
        {
            var fields = d.Fields;
            text.AppendJoin(',', columns.Select(c => CsvField(fields[c]))).Append("\r\n");
        }

        return new StringContent(text.ToString(), Encoding.UTF8, "text/csv");
    }

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
