using KpiActors.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace KpiActors.Web.Tests;

/// <summary>A province whose feed goes silent, as the board shows it: its own state and words, ended by its next dossier.</summary>
public sealed class NoDataBoardTests(PlaywrightFixture playwright) : BoardTests(playwright)
{
    /// <summary>Silent for three seconds is silent too long here; a day in production.</summary>
    protected override IReadOnlyDictionary<string, string?> MoreSettings { get; } = new Dictionary<string, string?> { ["Alerts:NoDataFor"] = "00:00:03" };

    [Fact]
    public async Task A_province_whose_feed_goes_silent_shows_no_data_in_the_alert_feed_until_its_next_dossier()
    {
        await Browser.OpenAsync(App.BaseAddress);

        // Every dossier on time and online: the only thing to alert about is that nothing more comes.
        await Admin.PostResolvedAsync("31", onTime: 40, late: 0, prefix: "HP");
        var alert = Browser.Alert("31", "ontime");
        await Expect(alert).ToHaveAttributeAsync("data-state", "no-data", new() { Timeout = 30_000 });
        await Expect(alert).ToContainTextAsync("Mất dữ liệu");
        await Expect(alert).ToContainTextAsync("Không nhận được dữ liệu kể từ");
        await Expect(alert).ToContainTextAsync("hệ thống một cửa có thể đã ngừng đồng bộ");
        await Expect(Browser.AlertGroup("31")).ToContainTextAsync("2 đang cảnh báo");
        await Browser.ScreenshotAsync("board-no-data.png");

        await Admin.PostResolvedAsync("31", onTime: 1, late: 0, prefix: "HP-back");
        await Expect(alert).ToHaveAttributeAsync("data-state", "resolved", new() { Timeout = 30_000 });
        await Expect(alert).ToContainTextAsync("Đã hết cảnh báo");
        await Expect(alert).ToContainTextAsync("Đã nhận lại dữ liệu");
    }
}
