using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// JSON written by hand, so that it can carry what a serializer would not write: a lone surrogate as an escape, a
/// field twice, a value of any JSON type. Every character outside printable ASCII is escaped, so the text is ASCII.
/// </summary>
public static class HostileJson
{
    /// <summary>A JSON string holding exactly <paramref name="value"/>, lone surrogates included.</summary>
    public static string String(string value)
    {
        var json = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\' || c < ' ' || c > '~')
            {
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }

    /// <summary>An object of fields in this order, each value already JSON (see <see cref="String"/>).</summary>
    public static string Object(IEnumerable<(string Name, string Json)> fields) =>
        "{" + string.Join(",", fields.Select(f => String(f.Name) + ":" + f.Json)) + "}";

    /// <summary>Text fields as JSON strings, null as JSON null.</summary>
    public static IEnumerable<(string Name, string Json)> Strings(IEnumerable<(string Name, string? Value)> fields) =>
        fields.Select(f => (f.Name, f.Value is null ? "null" : String(f.Value)));

    public static StringContent Array(params string[] objects) => Body("[" + string.Join(",", objects) + "]", "application/json");

    public static StringContent NdJson(params string[] objects) => Body(string.Concat(objects.Select(o => o + "\n")), "application/x-ndjson");

    public static StringContent Body(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.ASCII);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
