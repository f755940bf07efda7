using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KpiActors.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiActors.Web.Tests;

/// <summary>
/// The live board in a real browser against the real app: what leaders see, in Vietnamese, live over
/// SignalR, and how it behaves when the connection drops. Screenshots land in artifacts/screenshots.
/// </summary>
public sealed class LiveBoardTests(PlaywrightFixture playwright) : BoardTests(playwright)
{
    [Fact]
    public async Task A_province_falling_behind_turns_its_tile_raises_a_pending_alert_that_fires_and_a_viewer_acknowledges_it_in_the_page()
    {
        var viewerKey = await App.CreateKeyAsync("viewer");
        await Browser.OpenAsync(App.BaseAddress);
        var tile = Browser.Tile("31");
        await Expect(tile).ToHaveAttributeAsync("data-status", "not-enough-data");
        // Survives only if the page is never reloaded.
        await Page.EvaluateAsync("window.loadedOnce = true");

        // 40 resolved on-time dossiers in Hải Phòng this month, 35 of them late: 12.5 % against 95 %.
        await Admin.PostResolvedAsync("31", onTime: 5, late: 35, prefix: "HP");

        // Pushed to the open page, which is not reloaded; how soon is the push latency the benchmark measures.
        await Expect(tile).ToHaveAttributeAsync("data-status", "behind");
        await Expect(tile).ToContainTextAsync("12,5 %");
        // The ranking row moved with the same push, its gap worked out from the pushed figure, which carries none.
        await Expect(Page.Locator(".ranking tr[data-province='31'] td.gap")).ToHaveTextAsync("−82,5");
        var alert = Browser.Alert("31", "ontime");
        await Expect(alert).ToHaveAttributeAsync("data-state", "pending");
        await Expect(alert).ToContainTextAsync("Đang chờ");
        await Expect(Browser.AlertGroup("31")).ToContainTextAsync("Hải Phòng");
        await Expect(alert).ToHaveAttributeAsync("data-state", "firing", new() { Timeout = 30_000 });
        await Expect(alert).ToContainTextAsync("Đang cảnh báo");
        await Expect(alert).ToContainTextAsync("Không đạt: 12,5 % (mục tiêu 95 %)");
        await Expect(Page.Locator("[data-summary='behind'] .summary-count")).ToHaveTextAsync("1");
        Assert.True(await Page.EvaluateAsync<bool>("window.loadedOnce === true"), "the board was reloaded");
        await Browser.ScreenshotAsync("board-behind.png");

        // Acknowledging asks for a key, through the page's own dialog, and keeps it for next time.
        await alert.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        var dialog = Page.Locator("#key-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByLabel("Khóa API").FillAsync(viewerKey);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Lưu khóa" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(alert).ToHaveAttributeAsync("data-acknowledged", "true");
        await Expect(alert.Locator(".alert-ack")).ToContainTextAsync("Đã xác nhận: test viewer");
        await Expect(Page.Locator("#key-button")).ToHaveAttributeAsync("data-saved", "true");
        await Browser.ScreenshotAsync("board-acknowledged.png");

        using var client = App.Client();
        var alerts = await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
        var stored = alerts.EnumerateArray().Single(a => a.GetProperty("province").GetString() == "31" && a.GetProperty("indicator").GetString() == "ontime");
        Assert.Equal("test viewer", stored.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(JsonValueKind.String, stored.GetProperty("acknowledgedAt").ValueKind);
    }

    [Fact]
    public async Task A_province_s_alerts_are_one_entry_a_viewer_mutes_and_unmutes_it_in_the_page_and_a_resolution_under_target_says_so()
    {
        var viewerKey = await App.CreateKeyAsync("viewer");
        await Browser.OpenAsync(App.BaseAddress);

        // 5 of 40 on time, all in person: behind on the on-time rate and on the online dossier rate at once.
        await Admin.PostResolvedAsync("31", onTime: 5, late: 35, prefix: "HP", channel: "in-person");
        var group = Browser.AlertGroup("31");
        await Expect(group.Locator(".alert[data-state='firing']")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Expect(Page.Locator(".alert-group")).ToHaveCountAsync(1);
        await Expect(group).ToContainTextAsync("2 đang cảnh báo");

        // Muting asks for what and why, then for a key, and both dialogs close once the server took it.
        await group.GetByRole(AriaRole.Button, new() { Name = "Tắt thông báo" }).ClickAsync();
        var silenceDialog = Page.Locator("#silence-dialog");
        await Expect(silenceDialog).ToContainTextAsync("Tắt thông báo: Hải Phòng");
        await silenceDialog.GetByLabel("Trong").SelectOptionAsync("4");
        await silenceDialog.GetByLabel("Lý do").FillAsync("Bảo trì hệ thống một cửa");
        await silenceDialog.GetByRole(AriaRole.Button, new() { Name = "Tắt thông báo" }).ClickAsync();
        var keyDialog = Page.Locator("#key-dialog");
        await keyDialog.GetByLabel("Khóa API").FillAsync(viewerKey);
        await keyDialog.GetByRole(AriaRole.Button, new() { Name = "Lưu khóa" }).ClickAsync();
        await Expect(keyDialog).ToBeHiddenAsync();
        await Expect(silenceDialog).ToBeHiddenAsync();

        await Expect(Page.Locator(".silences")).ToContainTextAsync("Hải Phòng · mọi chỉ số");
        await Expect(Page.Locator(".silences")).ToContainTextAsync("Bảo trì hệ thống một cửa (test viewer)");
        await Expect(group.Locator(".alert[data-muted='true']")).ToHaveCountAsync(2);
        await Expect(Browser.Alert("31", "ontime")).ToContainTextAsync("Tắt thông báo đến");
        await Browser.ScreenshotAsync("board-alert-group-muted.png");
        using var client = App.Client();
        var stored = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts/silences")).EnumerateArray());
        Assert.Equal(("31", "test viewer"), (stored.GetProperty("province").GetString(), stored.GetProperty("createdBy").GetString()));
        Assert.InRange(stored.GetProperty("endsAt").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(3.9), TimeSpan.FromHours(4));

        await Page.Locator(".silences").GetByRole(AriaRole.Button, new() { Name = "Bỏ tắt" }).ClickAsync();
        await Expect(Page.Locator(".silences")).ToHaveCountAsync(0);
        await Expect(group.Locator(".alert[data-muted='false']")).ToHaveCountAsync(2);

        // 405 of 440 on time is 92 %: out of "behind", still under 95 %. After the keep-firing period it resolves, and says so.
        await Admin.PostResolvedAsync("31", onTime: 400, late: 0, prefix: "HP-more");
        var ontime = Browser.Alert("31", "ontime");
        await Expect(ontime).ToHaveAttributeAsync("data-state", "resolved", new() { Timeout = 30_000 });
        await Expect(ontime).ToContainTextAsync("Không còn ở mức không đạt, vẫn dưới mục tiêu 95 %: 92,0 %");
        await Expect(ontime).Not.ToContainTextAsync("Đạt:");
    }

    [Fact]
    public async Task The_board_is_in_Vietnamese_by_default_and_switches_to_English_which_it_remembers()
    {
        // 39 of 40 on time in Hà Nội: 97.5 %, written the Vietnamese way (decimal comma) and the English way.
        await Admin.PostResolvedAsync("01", onTime: 39, late: 1, prefix: "HN");
        await Browser.OpenAsync(App.BaseAddress);

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(Page).ToHaveTitleAsync("Bảng theo dõi chỉ số chính quyền số");
        await Expect(Page.Locator("[data-summary='met']")).ToContainTextAsync("Đạt");
        await Expect(Page.Locator("[data-summary='on-track']")).ToContainTextAsync("Đúng tiến độ");
        await Expect(Page.Locator("[data-summary='at-risk']")).ToContainTextAsync("Có nguy cơ");
        await Expect(Page.Locator("[data-summary='behind']")).ToContainTextAsync("Không đạt");
        await Expect(Page.Locator("[data-summary='not-enough-data']")).ToContainTextAsync("Chưa đủ dữ liệu");
        await Expect(Browser.Tile("01")).ToContainTextAsync("Hà Nội");
        await Expect(Browser.Tile("01")).ToContainTextAsync("97,5 %");
        await Expect(Browser.Tile("01")).ToHaveAttributeAsync("data-status", "met");
        await Expect(Page.Locator("#connection")).ToContainTextAsync("Trực tiếp");

        await Page.Locator("[data-lang='en']").ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page).ToHaveTitleAsync("Digital government KPI board");
        await Expect(Page.Locator("[data-summary='behind']")).ToContainTextAsync("Behind");
        await Expect(Page.Locator("[data-summary='not-enough-data']")).ToContainTextAsync("Not enough data");
        await Expect(Browser.Tile("01")).ToContainTextAsync("97.5%");
        await Expect(Page.Locator("#connection")).ToContainTextAsync("Live");

        await Page.ReloadAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("[data-summary='met']")).ToContainTextAsync("Met");
        await Expect(Browser.Tile("01")).ToContainTextAsync("97.5%");
        await Browser.ScreenshotAsync("board-english.png");
    }

    [Fact]
    public async Task The_province_page_shows_the_counts_behind_the_on_time_rate_and_its_history_against_the_target()
    {
        await Admin.PostResolvedAsync("79", onTime: 36, late: 4, prefix: "HCM");
        await Dossiers.PostInProgressAsync(Admin, "79", withinDeadline: 2, overdue: 1, prefix: "HCM");
        using var client = App.Client();
        var figures = await client.GetFromJsonAsync<JsonElement>("/api/v1/provinces/79");
        var counts = figures.GetProperty("indicators").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == "ontime").GetProperty("counts");
        Assert.Equal(4, counts.GetProperty("late").GetInt64());
        Assert.Equal(3, counts.GetProperty("inProgress").GetInt64());
        Assert.Equal(1, counts.GetProperty("overdue").GetInt64());

        await Browser.OpenAsync(App.BaseAddress);
        await Browser.Tile("79").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("#/province/79"));
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Hồ Chí Minh");
        var ontime = Page.Locator(".indicator-panel[data-indicator='ontime']");
        await Expect(ontime.Locator(".big-value")).ToHaveTextAsync("90,0 %");
        foreach (var (name, label) in new[]
                 {
                     ("received", "Tiếp nhận"), ("early", "Trước hạn"), ("onTime", "Đúng hạn"), ("late", "Quá hạn"),
                     ("inProgress", "Đang giải quyết"), ("overdue", "Đang giải quyết quá hạn"),
                 })
        {
            var count = ontime.Locator($"[data-count='{name}']");
            await Expect(count.Locator("dt")).ToHaveTextAsync(label);
            await Expect(count.Locator("dd")).ToHaveTextAsync(counts.GetProperty(name).GetInt64().ToString());
        }

        // The history chart: twelve months against the dashed target line, this month's point included.
        var chart = ontime.Locator("svg.history-chart");
        await Expect(chart.Locator(".chart-target")).ToHaveCountAsync(1);
        await Expect(chart.Locator(".marker")).ToHaveCountAsync(1);
        await Expect(ontime.Locator("figcaption")).ToContainTextAsync("Mục tiêu 95 %");
        // Where the target comes from, in the language of the law it cites.
        await Expect(ontime.Locator(".target-source")).ToContainTextAsync(
            "Nghị định 61/2018/NĐ-CP yêu cầu mọi hồ sơ được giải quyết đúng hạn; 95% là mức mặc định có thể điều chỉnh");
        await Browser.ScreenshotAsync("province.png");

        // The page watches its province: ten more late dossiers show in its counts as they are pushed, 36 of 50 on time.
        await Admin.PostResolvedAsync("79", onTime: 0, late: 10, prefix: "HCM-live");
        await Expect(ontime.Locator("[data-count='late'] dd")).ToHaveTextAsync("14");
        await Expect(ontime.Locator("[data-count='received'] dd")).ToHaveTextAsync((counts.GetProperty("received").GetInt64() + 10).ToString());
        await Expect(ontime.Locator(".big-value")).ToHaveTextAsync("72,0 %");
    }

    [Fact]
    public async Task A_dropped_connection_shows_a_banner_and_the_board_recovers_on_its_own()
    {
        // Every WebSocket to the hub passes through the test, which can cut it as a network would.
        var sockets = new List<IWebSocketRoute>();
        await Page.RouteWebSocketAsync(new Regex("/hubs/board"), socket =>
        {
            lock (sockets)
            {
                sockets.Add(socket);
            }

            socket.ConnectToServer();
        });
        await Browser.OpenAsync(App.BaseAddress);
        var banner = Page.Locator("#offline-banner");
        await Expect(banner).ToBeHiddenAsync();

        // Charts still loading when the network goes would never finish; let them draw first.
        await Browser.ChartsDrawnAsync();

        // The network goes: the socket is cut, and reconnecting (on any transport) fails while offline.
        await Browser.Context.SetOfflineAsync(true);
        IWebSocketRoute[] open;
        lock (sockets)
        {
            open = [.. sockets];
        }

        foreach (var socket in open)
        {
            await socket.CloseAsync(new() { Code = 4000, Reason = "network dropped by the test" });
        }

        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToHaveTextAsync("Mất kết nối — đang kết nối lại…");
        await Expect(Browser.Connection).ToHaveAttributeAsync("data-state", "reconnecting");
        await Browser.ScreenshotAsync("board-offline.png", waitForCharts: false);

        await Browser.Context.SetOfflineAsync(false);
        await Expect(banner).ToBeHiddenAsync();
        await Expect(Browser.Connection).ToHaveAttributeAsync("data-state", "live");
        lock (sockets)
        {
            Assert.True(sockets.Count > open.Length, "the board did not open a new WebSocket");
        }

        // And the new connection carries live figures again.
        await Admin.PostResolvedAsync("48", onTime: 2, late: 38, prefix: "DN");
        await Expect(Browser.Tile("48")).ToHaveAttributeAsync("data-status", "behind");
    }
}
