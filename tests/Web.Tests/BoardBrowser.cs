using KpiActors.TestSupport;
using Microsoft.Playwright;

namespace KpiActors.Web.Tests;

/// <summary>
/// One Playwright driver for the test class. Its own browser download cannot be fetched here, so the
/// tests drive the machine's Chromium (Debian's package), each in a browser of its own.
/// </summary>
public sealed class PlaywrightFixture : IAsyncLifetime
{
    public IPlaywright Playwright { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Page loads and pushes on a busy two-core machine can be slow: what the page shows is awaited, generously; how fast
        // pushes arrive is the benchmark's to measure.
        Assertions.SetDefaultExpectTimeout(15_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
    }

    public Task DisposeAsync()
    {
        Playwright.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A fresh Chromium (its own empty profile: no remembered language or key) with the board open.</summary>
public sealed class BoardBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly DirectoryInfo _profile;

    private BoardBrowser(IBrowserContext context, IPage page, DirectoryInfo profile)
    {
        Context = context;
        Page = page;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The board's connection state in the header: connecting, live or reconnecting.</summary>
    public ILocator Connection => Page.Locator("#connection");

    public ILocator Tile(string province) => Page.Locator($".tilemap .tile[data-province='{province}']");

    public ILocator Alert(string province, string indicator) => Page.Locator($".alert[data-province='{province}'][data-indicator='{indicator}']");

    /// <summary>One province's entry in the alert feed, holding its indicators' alerts.</summary>
    public ILocator AlertGroup(string province) => Page.Locator($".alert-group[data-province='{province}']");

    public static async Task<BoardBrowser> LaunchAsync(IPlaywright playwright)
    {
        var profile = Directory.CreateTempSubdirectory("kpi-board-chromium-");
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
            // A wall screen. The browser's own language is English, so a Vietnamese page proves the board's default.
            ViewportSize = new() { Width = 1920, Height = 1080 },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        return new BoardBrowser(context, page, profile);
    }

    /// <summary>Opens the board and waits until it is live: figures loaded and the hub watched.</summary>
    public async Task OpenAsync(Uri baseAddress, string route = "")
    {
        await Page.GotoAsync(new Uri(baseAddress, "/" + route).ToString());
        await Assertions.Expect(Connection).ToHaveAttributeAsync("data-state", "live");
    }

    /// <summary>Waits until the sparklines and charts, which load after the figures, are drawn.</summary>
    public Task ChartsDrawnAsync() => Assertions.Expect(Page.Locator(".spark-loading, .history-loading")).ToHaveCountAsync(0);

    /// <summary>A full-page screenshot, once the charts are drawn unless told not to wait (offline they cannot load).</summary>
    public async Task ScreenshotAsync(string name, bool waitForCharts = true)
    {
        if (waitForCharts)
        {
            await ChartsDrawnAsync();
        }

        await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, name), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _profile.Delete(recursive: true);
    }
}

/// <summary>Where the screenshots go: artifacts/screenshots at the repository's root (ignored by git).</summary>
public static class Screenshots
{
    public static string Folder { get; } =
        Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots")).FullName;
}
