using System.Text.Json.Serialization;

namespace KpiActors.Domain.Wire;

/// <summary>
/// One procedure of a province's catalogue as provinces send it to /api/v1/provinces/{province}/procedures, one row of
/// JSON, NDJSON or CSV; onlineLevel 2 = not online, 3 = partly, 4 = full online (toàn trình). The one declaration of
/// that shape: the API reads these fields, and the simulator and the tests write them.
/// </summary>
public sealed record ProcedureEntry(
    [property: JsonPropertyName(ProcedureEntry.Fields.Code)] string Code,
    [property: JsonPropertyName(ProcedureEntry.Fields.Name)] string Name,
    [property: JsonPropertyName(ProcedureEntry.Fields.OnlineLevel)] int OnlineLevel)
{
    public static class Fields
    {
        public const string Code = "code";
        public const string Name = "name";
        public const string OnlineLevel = "onlineLevel";
    }
}
