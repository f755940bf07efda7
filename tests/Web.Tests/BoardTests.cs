using KpiActors.TestSupport;
using Microsoft.Playwright;

namespace KpiActors.Web.Tests;

/// <summary>
/// Each test gets the real app, open to anonymous readers as a wall screen is, and a fresh Chromium; a test
/// class of the board derives from this. Alerts fire after 3 s behind and resolve after 3 s out of it, rather than
/// half an hour each, so that the board is seen to show every state.
/// </summary>
public abstract class BoardTests(PlaywrightFixture playwright) : IClassFixture<PlaywrightFixture>, IAsyncLifetime
{
    protected KpiApp App { get; private set; } = null!;

    /// <summary>A client of the app with the admin key, for what the test sends through the API.</summary>
    protected HttpClient Admin { get; private set; } = null!;

    protected BoardBrowser Browser { get; private set; } = null!;

    protected IPage Page => Browser.Page;

    /// <summary>Settings a test class of the board adds to these.</summary>
    protected virtual IReadOnlyDictionary<string, string?> MoreSettings { get; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        App = await KpiApp.StartAsync(StorageEngine.Sqlite, new Dictionary<string, string?>
        {
            ["Auth:AnonymousRead"] = "true",
            ["Alerts:PendingFor"] = "00:00:03",
            ["Alerts:KeepFiringFor"] = "00:00:03",
        }.Concat(MoreSettings).ToDictionary());
        Admin = App.Client();
        Browser = await BoardBrowser.LaunchAsync(playwright.Playwright);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Browser.DisposeAsync();
        await App.DisposeAsync();
    }
}
