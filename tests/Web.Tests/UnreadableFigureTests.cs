using KpiActors.Silo.Facts;
using KpiActors.Domain;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace KpiActors.Web.Tests;

/// <summary>
/// A grain whose log cannot be read (two counts whose sum overflows, as stored before counts were bounded): the board
/// marks that one figure as unreadable and shows everything else, on the national board and on the province's page.
/// </summary>
public sealed class UnreadableFigureTests(PlaywrightFixture playwright) : BoardTests(playwright)
{
    private const string Province = "22";

    [Fact]
    public async Task A_figure_that_cannot_be_read_is_marked_so_and_every_other_figure_is_shown()
    {
        var recordedAt = new DateTimeOffset(2026, 9, 30, 10, 0, 0, VietnamTime.Offset);
        await using (var connection = await App.Services.GetRequiredService<Database>().OpenAsync())
        {
            foreach (var sequence in new long[] { 1, 2 })
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO delta_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day)
                    VALUES (@province, 'edoc', @sequence, 202609, @most, @most, 0, 0, 0, 0, @at, @day)
                    """;
                insert.AddParameter("province", Province).AddParameter("sequence", sequence).AddParameter("most", long.MaxValue)
                    .AddParameter("at", recordedAt).AddParameter("day", SqlDeltaLog.DayOf(recordedAt));
                await insert.ExecuteNonQueryAsync();
            }
        }

        await Browser.OpenAsync(App.BaseAddress, "#/?indicator=edoc&period=2026-09");
        await Expect(Browser.Tile(Province)).ToHaveAttributeAsync("data-status", "unavailable");
        await Expect(Page.Locator($".ranking tr[data-province='{Province}']")).ToContainTextAsync("Tạm không đọc được");
        await Expect(Browser.Tile("01")).ToHaveAttributeAsync("data-status", "not-enough-data");
        // Every other province's sparkline loads: the board does not wait for the history it cannot have.
        await Expect(Page.Locator(".ranking .spark-loading")).ToHaveCountAsync(0);
        await Expect(Page.Locator($".ranking tr[data-province='{Province}'] td.trend")).ToHaveTextAsync("—");

        await Browser.Tile(Province).ClickAsync();
        var edoc = Page.Locator(".indicator-panel[data-indicator='edoc']");
        await Expect(edoc).ToHaveAttributeAsync("data-unavailable", "true");
        await Expect(edoc).ToContainTextAsync("tạm thời không đọc được số liệu của chỉ số này");
        await Expect(Page.Locator(".indicator-panel[data-indicator='ontime'] .big-value")).ToBeVisibleAsync();
        await Expect(Page.Locator(".indicator-panel[data-indicator='ontime'] .history-loading")).ToHaveCountAsync(0);
    }
}
