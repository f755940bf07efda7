using System.Security.Cryptography;
using System.Text.Json;
using KpiActors.Api.Shared;

namespace KpiActors.Api.Reports;

/// <summary>
/// A report as written, before it becomes a file: the heading of an administrative document, its sections and
/// recipients. HTML, Word and Excel are drawn from this one object, so they cannot disagree on a figure.
/// </summary>
public sealed record ReportDocument(ReportHeading Heading, IReadOnlyList<ReportSection> Sections, IReadOnlyList<string> Recipients, string Signer)
{
    /// <summary>What the figures say, apart from the date the report was written: equal fingerprints mean the same report.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(Sections)));
}

/// <summary>The heading under Nghị định 30/2020/NĐ-CP: issuing body at left, national motto at right, number, place and date, title.</summary>
public sealed record ReportHeading(string ParentBody, string Body, string Number, string PlaceAndDate, string Title, string Subject, string Window);

/// <summary>A numbered section: sentences, and the table its figures come from (one Excel sheet).</summary>
public sealed record ReportSection(string Title, IReadOnlyList<string> Paragraphs, ReportTable? Table);

public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows);

public enum CellKind
{
    Text,
    Count,
    Rate,
}

/// <summary>A table cell: text, a count, or a rate (no rate when there is nothing to divide by).</summary>
public sealed record ReportCell(CellKind Kind, string? Text, double? Number)
{
    public const string NoData = "Chưa có số liệu";

    public static ReportCell Of(string text) => new(CellKind.Text, text, null);

    public static ReportCell Count(long count) => new(CellKind.Count, null, count);

    public static ReportCell Rate(double? rate) => new(CellKind.Rate, null, rate);

    public string Display => Kind switch
    {
        CellKind.Text => Text!,
        CellKind.Count => VietnameseText.Count((long)Number!.Value),
        _ => Number is { } rate ? VietnameseText.Rate(rate) : NoData,
    };
}
