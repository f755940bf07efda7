using System.Text.Json.Serialization;

namespace KpiActors.Api.Ingest.Portal;

/// <summary>
/// The answer in the portal's own style, which provinces' sync adapters read: error_code "0" when the batch is stored,
/// else "1" (a dossier or field is wrong), "2" (the key may not write for a province) or "3" (the batch is too large),
/// with a Vietnamese message naming each dossier and field; nothing is stored then.
/// </summary>
public sealed record PortalReply(
    [property: JsonPropertyName("error_code")] string ErrorCode,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("rows"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Rows = null,
    [property: JsonPropertyName("changed"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Changed = null,
    [property: JsonPropertyName("unchanged"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Unchanged = null,
    [property: JsonPropertyName("errors"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PortalError>? Errors = null)
{
    public const string Stored = "0";
    public const string BadData = "1";
    public const string Forbidden = "2";
    public const string TooLarge = "3";
}

/// <summary>One refused field: the dossier's position in the batch (from 0) and its MaHoSo, the portal's field name, why.</summary>
public sealed record PortalError(
    [property: JsonPropertyName("index")] int? Index,
    [property: JsonPropertyName("MaHoSo")] string? MaHoSo,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("message")] string Message);
