using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Reports;

/// <summary>A province's or the country's report for a period, as a page, a Word document or a workbook; and the reports as issued.</summary>
public static class ReportsApi
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string HtmlType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(KpiPolicies.Read).RequireRateLimiting(RateLimitPolicies.Read);
        api.MapGet("/issued", ListIssued)
            .WithSummary("Reports issued when their period closed: when, and whether today's figures differ from them.");
        api.MapGet("/issued/{id:long}", GetIssued).WithSummary("An issued report's file exactly as issued (format=html, docx or xlsx).");
        api.MapGet("/{province}", GetReport)
            .WithSummary("The report of a province, or 'national' for all 34, for a period (cutoff=calendar or nd09; format=html, docx or xlsx).");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetReport(
        string province, string? period, string? cutoff, string? format, Reports reports, TimeProvider clock, CancellationToken ct)
    {
        Province? found = null;
        if (!string.Equals(province, ReportScope.National, StringComparison.OrdinalIgnoreCase) && !ProvinceCatalog.Vietnam.TryFind(province, out found))
        {
            return Problems.NotFound("province", $"'{province}' is not a province, nor '{ReportScope.National}'");
        }

        var today = VietnamTime.DateOf(clock.GetUtcNow());
        if (!TryWindow(period, cutoff, today, out var window, out var problem) || !TryFormat(format, out var kind, out problem))
        {
            return problem;
        }

        var report = await reports.WriteAsync(found, window, today, ct);
        var name = FileName(found?.Code ?? ReportScope.National, window);
        return kind switch
        {
            ReportFormat.Docx => TypedResults.File(WordReport.Render(report), DocxType, name + ".docx"),
            ReportFormat.Xlsx => TypedResults.File(ExcelReport.Render(report), XlsxType, name + ".xlsx"),
            _ => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(HtmlReport.Render(report)), HtmlType),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<IssuedReportInfo>>, ProblemHttpResult>> ListIssued(
        string? province, string? period, string? cutoff, SqlIssuedReportStore store, ReportSource source, Reports reports, TimeProvider clock,
        CancellationToken ct)
    {
        string? scope = null;
        if (province is not null)
        {
            if (string.Equals(province, ReportScope.National, StringComparison.OrdinalIgnoreCase))
            {
                scope = ReportScope.National;
            }
            else if (ProvinceCatalog.Vietnam.TryFind(province, out var found))
            {
                scope = found.Code;
            }
            else
            {
                return Problems.BadField("province", $"'{province}' is not a province, nor '{ReportScope.National}'");
            }
        }

        ReportingPeriod? when = null;
        if (period is not null)
        {
            if (!ReportingPeriod.TryParse(period, out var parsed))
            {
                return Problems.BadField("period", $"'{period}' is not a period: use 2026-11, 2026-Q4, 2026-H1 or 2026");
            }

            when = parsed;
        }

        CutOff? cut = null;
        if (cutoff is not null)
        {
            if (!EnumText<CutOff>.TryParse(cutoff, out var parsed))
            {
                return Problems.BadField("cutoff", $"'{cutoff}' is not one of {string.Join(", ", EnumText<CutOff>.All)}");
            }

            cut = parsed;
        }

        var today = VietnamTime.DateOf(clock.GetUtcNow());
        var list = new List<IssuedReportInfo>();
        var figures = new Dictionary<ReportWindow, ReportData>();
        foreach (var issued in await store.ListAsync(scope, when, cut, ct))
        {
            // Today's figures of a window are read once for all the reports issued for it.
            if (!figures.TryGetValue(issued.Window, out var data))
            {
                figures[issued.Window] = data = await source.ReadAsync(issued.Window, null, ct);
            }

            var about = issued.Scope == ReportScope.National ? null : ProvinceCatalog.Vietnam.Get(issued.Scope);
            var now = reports.Write(data, about, today);
            var link = $"/api/v1/reports/issued/{issued.Id}";
            list.Add(new IssuedReportInfo(
                issued.Id, issued.Scope, issued.Window.Period.ToString(), EnumText<CutOff>.Of(issued.Window.CutOff),
                issued.Window.FirstDay, issued.Window.LastDay, issued.IssuedAt, now.Fingerprint != issued.Fingerprint,
                new IssuedReportFiles($"{link}?format=html", $"{link}?format=docx", $"{link}?format=xlsx")));
        }

        return TypedResults.Ok<IReadOnlyList<IssuedReportInfo>>(list);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetIssued(long id, string? format, SqlIssuedReportStore store, CancellationToken ct)
    {
        if (!TryFormat(format, out var kind, out var problem))
        {
            return problem;
        }

        if (await store.FileAsync(id, kind, ct) is not { } found)
        {
            return Problems.NotFound("id", $"there is no issued report {id}");
        }

        var name = FileName(found.Report.Scope, found.Report.Window);
        return kind switch
        {
            ReportFormat.Docx => TypedResults.File(found.Content, DocxType, name + ".docx"),
            ReportFormat.Xlsx => TypedResults.File(found.Content, XlsxType, name + ".xlsx"),
            _ => TypedResults.File(found.Content, HtmlType),
        };
    }

    private static bool TryWindow(string? period, string? cutoff, DateOnly today, out ReportWindow window, out ProblemHttpResult problem)
    {
        problem = null!;
        window = default;
        var when = ReportingPeriod.Containing(today, PeriodKind.Month);
        if (period is not null && !ReportingPeriod.TryParse(period, out when))
        {
            problem = Problems.BadField("period", $"'{period}' is not a period: use 2026-11, 2026-Q4, 2026-H1 or 2026");
            return false;
        }

        var cut = CutOff.Calendar;
        if (cutoff is not null && !EnumText<CutOff>.TryParse(cutoff, out cut))
        {
            problem = Problems.BadField("cutoff", $"'{cutoff}' is not one of {string.Join(", ", EnumText<CutOff>.All)}");
            return false;
        }

        window = ReportWindow.Of(when, cut);
        if (window.FirstDay > today)
        {
            problem = Problems.BadField("period", $"'{when}' has not begun: its figures start on {window.FirstDay:yyyy-MM-dd}");
            return false;
        }

        return true;
    }

    private static bool TryFormat(string? format, out ReportFormat kind, out ProblemHttpResult problem)
    {
        problem = null!;
        kind = ReportFormat.Html;
        if (format is null || EnumText<ReportFormat>.TryParse(format, out kind))
        {
            return true;
        }

        problem = Problems.BadField("format", $"'{format}' is not one of {string.Join(", ", EnumText<ReportFormat>.All)}");
        return false;
    }

    private static string FileName(string scope, ReportWindow window) =>
        $"bao-cao-{scope}-{window.Period}" + (window.CutOff == CutOff.Nd09 ? "-nd09" : "");
}

/// <summary>An issued report: its window, when it was issued, whether today's figures would write it differently, and its files.</summary>
public sealed record IssuedReportInfo(
    long Id, string Province, string Period, string Cutoff, DateOnly From, DateOnly To, DateTimeOffset IssuedAt, bool Changed, IssuedReportFiles Files);

public sealed record IssuedReportFiles(string Html, string Docx, string Xlsx);
