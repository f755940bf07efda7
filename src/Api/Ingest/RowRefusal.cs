using KpiActors.Api.Shared;

namespace KpiActors.Api.Ingest;

/// <summary>
/// A row of a batch refused at one field (or the body, with no index), and why in both languages: the API's problem
/// lists it in English as a <see cref="RowError"/>, the import page and the portal's reply show it in Vietnamese.
/// </summary>
public sealed record RowRefusal(int? Index, string Field, Refusal Refusal, int? SheetRow = null)
{
    public RowError InEnglish => new(Index, Field, Refusal, SheetRow);
}
