using System.Text.Json.Serialization;

namespace KpiActors.Domain.Wire;

/// <summary>
/// The documents one agency exchanged in one month, in one direction, as document offices send them to POST
/// /api/v1/edoc-counts, one row of JSON, NDJSON or CSV. The one declaration of that shape: the API reads these fields,
/// and the simulator and the tests write them.
/// </summary>
public sealed record EDocCount(
    [property: JsonPropertyName(EDocCount.Fields.Province)] string Province,
    [property: JsonPropertyName(EDocCount.Fields.Agency)] string Agency,
    [property: JsonPropertyName(EDocCount.Fields.Level)] string Level,
    [property: JsonPropertyName(EDocCount.Fields.Direction)] string Direction,
    [property: JsonPropertyName(EDocCount.Fields.Period)] string Period,
    [property: JsonPropertyName(EDocCount.Fields.Electronic)] long Electronic,
    [property: JsonPropertyName(EDocCount.Fields.Total)] long Total)
{
    public static class Fields
    {
        public const string Province = "province";
        public const string Agency = "agency";
        public const string Level = "level";
        public const string Direction = "direction";
        public const string Period = "period";
        public const string Electronic = "electronic";
        public const string Total = "total";
    }
}
