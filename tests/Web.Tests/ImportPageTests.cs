using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiActors.Web.Tests;

/// <summary>The "Nhập dữ liệu" page in a real browser: an office's Excel export read, refused or previewed, then sent in batches.</summary>
public sealed class ImportPageTests(PlaywrightFixture playwright) : BoardTests(playwright)
{
    private const int Rows = 12_000;

    /// <summary>
    /// 12,000 September dossiers of Thái Nguyên (19) as Excel writes CSV under Vietnamese settings: every fourth one
    /// resolved the day after its due date, every other one online. More than one request may carry, so the page sends
    /// three batches.
    /// </summary>
    private static FilePayload Export(Func<int, string>? receivedAt = null)
    {
        var csv = new StringBuilder("\uFEFFSTT;Mã hồ sơ;Trực tuyến;Ngày tiếp nhận;Ngày hẹn trả;Ngày kết thúc xử lý;Trạng thái\r\n");
        for (var i = 1; i <= Rows; i++)
        {
            var resolved = i % 4 == 0 ? "16/09/2026 09:00" : "10/09/2026 10:00";
            csv.Append($"{i};IM-{i:00000};{(i % 2 == 0 ? "x" : "")};{receivedAt?.Invoke(i) ?? "01/09/2026 08:00"};15/09/2026;{resolved};Đã giải quyết\r\n");
        }

        return new FilePayload { Name = "ho-so-thang-9.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) };
    }

    [Fact]
    public async Task An_office_sees_the_refused_rows_in_vietnamese_then_imports_the_fixed_export_in_batches_and_sees_the_figures_it_moved()
    {
        var key = await App.CreateKeyAsync("office", "19");
        await Page.GotoAsync(new Uri(App.BaseAddress, "/import.html").ToString());
        await Page.GetByLabel("Khóa API (cán bộ một cửa hoặc quản trị)").FillAsync(key);

        await Page.Locator("#import-file").SetInputFilesAsync(Export(i => i == 3 ? "32/09/2026 08:00" : "01/09/2026 08:00"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();

        await Expect(Page.Locator("#import-status")).ToHaveTextAsync("1 lỗi trong 12.000 dòng: sửa tệp rồi đọc lại. Chưa hồ sơ nào được lưu.");
        await Expect(Page.Locator(".import-error")).ToHaveTextAsync(["Dòng 4, cột Ngày tiếp nhận: '32/09/2026 08:00' không phải ngày giờ đúng định dạng: ngày trước tháng (05/11/2026 hoặc 05/11/2026 09:30) hoặc ISO 8601"]);
        await Expect(Page.Locator("#import-send")).ToBeHiddenAsync();
        await Browser.ScreenshotAsync("import-refused.png", waitForCharts: false);
        Assert.Equal(0, await OnTimeDenominatorAsync());

        await Page.Locator("#import-file").SetInputFilesAsync(Export());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();

        await Expect(Page.Locator("#import-status")).ToHaveTextAsync("Đã đọc 12.000 dòng, không có lỗi.");
        await Expect(Page.Locator("#import-preview-note")).ToHaveTextAsync("10 dòng đầu trong 12.000 dòng, như sẽ được lưu");
        var first = Page.Locator("#import-preview tbody tr").First.Locator("td");
        await Expect(first).ToHaveTextAsync(["IM-00001", "19", "Xã", "Trực tiếp", "—", "08:00 01/09/2026", "23:59 15/09/2026", "10:00 10/09/2026", "Đã giải quyết"]);
        await Expect(Page.Locator("#import-preview tbody tr").Nth(1).Locator("td").Nth(3)).ToHaveTextAsync("Trực tuyến");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Nhập 12.000 hồ sơ" }).ClickAsync();

        await Expect(Page.Locator("#import-result")).ToHaveTextAsync("Đã nhập 12.000 hồ sơ: 12.000 hồ sơ mới hoặc thay đổi, 0 hồ sơ không đổi.", new() { Timeout = 120_000 });
        await Expect(Page.Locator("#import-progress")).ToHaveAttributeAsync("value", "12000");
        var moved = Page.Locator("#import-moved tbody tr");
        await Expect(moved.Nth(0).Locator("td")).ToHaveTextAsync(["Thái Nguyên", "Tháng 9/2026", "Giải quyết đúng hạn", "—", "75,0\u00a0% (9.000/12.000)"]);
        await Expect(moved.Nth(1).Locator("td")).ToHaveTextAsync(["Thái Nguyên", "Tháng 9/2026", "Hồ sơ trực tuyến", "—", "50,0\u00a0% (6.000/12.000)"]);
        await Expect(moved).ToHaveCountAsync(2);
        await Browser.ScreenshotAsync("import-done.png", waitForCharts: false);
        var onTime = await ReadingAsync("ontime");
        Assert.Equal((9000, 12_000), (onTime.GetProperty("numerator").GetInt64(), onTime.GetProperty("denominator").GetInt64()));
        var online = await ReadingAsync("online-dossier");
        Assert.Equal((6000, 12_000), (online.GetProperty("numerator").GetInt64(), online.GetProperty("denominator").GetInt64()));
    }

    [Fact]
    public async Task A_viewer_key_is_told_it_may_not_import_and_nothing_is_read()
    {
        var key = await App.CreateKeyAsync("viewer");
        await Page.GotoAsync(new Uri(App.BaseAddress, "/import.html").ToString());
        await Page.GetByLabel("Khóa API (cán bộ một cửa hoặc quản trị)").FillAsync(key);

        await Page.Locator("#import-file").SetInputFilesAsync(Export());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();

        await Expect(Page.Locator("#import-status")).ToHaveTextAsync("Khóa API không được nhập hồ sơ (cần khóa cán bộ một cửa hoặc quản trị).");
        await Expect(Page.Locator("#import-preview-panel")).ToBeHiddenAsync();
    }

    private async Task<long> OnTimeDenominatorAsync() => (await ReadingAsync("ontime")).GetProperty("denominator").GetInt64();

    private async Task<JsonElement> ReadingAsync(string indicator)
    {
        using var client = App.Client(null);
        var board = await client.GetFromJsonAsync<JsonElement>($"/api/v1/board?indicator={indicator}&period=2026-09");
        return board.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("province").GetString() == "19");
    }
}
