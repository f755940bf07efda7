using DocumentFormat.OpenXml.Packaging;
using KpiActors.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiActors.Web.Tests;

/// <summary>The "Báo cáo" control in a real browser: the report of the page's province or of the country, previewed, then downloaded.</summary>
public sealed class ReportControlTests(PlaywrightFixture playwright) : BoardTests(playwright)
{
    /// <summary>Hải Phòng (31) this month: 36 of 40 dossiers resolved on time, 90,00%.</summary>
    [Fact]
    public async Task The_province_page_previews_its_report_and_downloads_the_Word_document_with_the_same_figures()
    {
        await Admin.PostResolvedAsync("31", onTime: 36, late: 4, prefix: "R");
        await Browser.OpenAsync(App.BaseAddress, "#/province/31");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Báo cáo", Exact = true }).ClickAsync();
        var dialog = Page.Locator("#report-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("#report-title")).ToContainTextAsync("Hải Phòng");
        var preview = Page.FrameLocator("#report-preview");
        await Expect(preview.Locator("h2.subject")).ToContainTextAsync("của thành phố Hải Phòng");
        await Expect(preview.Locator("body")).ToContainTextAsync("Tỷ lệ giải quyết đúng và trước hạn đạt 90,00% (36/40 hồ sơ đã giải quyết).");
        await Browser.ScreenshotAsync("report-preview.png");

        var download = await Page.RunAndWaitForDownloadAsync(() => dialog.GetByRole(AriaRole.Button, new() { Name = "Tải Word (.docx)" }).ClickAsync());
        Assert.Matches(@"^bao-cao-31-\d{4}-\d{2}\.docx$", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var document = WordprocessingDocument.Open(path, false);
        Assert.Contains("Tỷ lệ giải quyết đúng và trước hạn đạt 90,00% (36/40 hồ sơ đã giải quyết).", document.MainDocumentPart!.Document!.Body!.InnerText);

        // The NĐ 09 cut-off states itself in the preview.
        await dialog.Locator("#report-cutoff").SelectOptionAsync("nd09");
        await Expect(preview.Locator("h2.subject")).ToContainTextAsync("kỳ chốt số liệu theo Nghị định số 09/2019/NĐ-CP");
    }

    [Fact]
    public async Task The_national_view_offers_the_national_report_in_English_words()
    {
        await Browser.OpenAsync(App.BaseAddress);
        await Page.GetByRole(AriaRole.Button, new() { Name = "EN", Exact = true }).ClickAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Report", Exact = true }).ClickAsync();
        var dialog = Page.Locator("#report-dialog");
        await Expect(dialog.Locator("#report-title")).ToContainTextAsync("Report: national");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Download Excel (.xlsx)" })).ToBeVisibleAsync();
        await Expect(Page.FrameLocator("#report-preview").Locator("h2.subject")).ToContainTextAsync("của các tỉnh, thành phố");

        var download = await Page.RunAndWaitForDownloadAsync(() => dialog.GetByRole(AriaRole.Button, new() { Name = "Download Excel (.xlsx)" }).ClickAsync());
        Assert.StartsWith("bao-cao-national-", download.SuggestedFilename);
        using var workbook = SpreadsheetDocument.Open(await download.PathAsync(), false);
        Assert.Equal(4, workbook.WorkbookPart!.Workbook!.Sheets!.ChildElements.Count);
    }
}
