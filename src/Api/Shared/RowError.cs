using System.Text.Json.Serialization;

namespace KpiActors.Api.Shared;

/// <summary>
/// Why one row of a batch was refused, as the API's problem lists it. Index counts from 0; null when the body itself is
/// unreadable. SheetRow is the row's number in the spreadsheet it came from (absent for JSON), the number an office
/// finds the row by.
/// </summary>
public sealed record RowError(int? Index, string Field, string Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SheetRow = null)
{
    /// <summary>A refusal as the problem gives it: in English, the API's language.</summary>
    public RowError(int? index, string field, Refusal refusal, int? sheetRow = null)
        : this(index, field, refusal.English, sheetRow)
    {
    }
}
