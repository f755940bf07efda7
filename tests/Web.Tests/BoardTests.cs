using KpiActors.TestSupport;
using Microsoft.Playwright;

namespace KpiActors.Web.Tests;

/// <summary>
/// Each test gets the real app, open to anonymous readers as a wall screen is, and a fresh Chromium; a test
/// class of the board derives from this.
/// </summary>
public abstract class BoardTests(PlaywrightFixture playwright) : IClassFixture<PlaywrightFixture>, IAsyncLifetime
{
    protected KpiApp App { get; private set; } = null!;

    protected BoardBrowser Browser { get; private set; } = null!;

    protected IPage Page => Browser.Page;

    public async Task InitializeAsync()
    {
        App = await KpiApp.StartAsync(StorageEngine.Sqlite, new Dictionary<string, string?> { ["Auth:AnonymousRead"] = "true" });
        Browser = await BoardBrowser.LaunchAsync(playwright.Playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
    }
}
