namespace KpiActors.Api.Reports;

public enum ReportFormat
{
    Html,
    Docx,
    Xlsx,
}

/// <summary>One report in every format, and the fingerprint of its figures.</summary>
public sealed record ReportFiles(string Html, byte[] Docx, byte[] Xlsx, string Fingerprint)
{
    public static ReportFiles Of(ReportDocument report) =>
        new(HtmlReport.Render(report), WordReport.Render(report), ExcelReport.Render(report), report.Fingerprint);
}
