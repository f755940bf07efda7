namespace KpiActors.Api.Ingest;

/// <summary>One line of a CSV file or one row of a worksheet: its row number as the sender's spreadsheet shows it, and its cells.</summary>
public sealed record SheetRecord(int Row, IReadOnlyList<string> Cells);
