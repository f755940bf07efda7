using System.Net;
using System.Text.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Operations;

/// <summary>A service manager starts the published app from any folder: its settings still come from the folder it ships in.</summary>
public sealed class AppFolderTests(ITestOutputHelper output) : IDisposable
{
    private readonly ProcessLog _log = new();

    [Fact]
    public async Task Started_from_another_folder_the_app_reads_the_appsettings_next_to_it()
    {
        var shipped = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        Assert.True(shipped.RootElement.GetProperty("Auth").GetProperty("AnonymousRead").GetBoolean());

        using var app = await AppProcess.StartAsync("app", StorageEngine.Sqlite, await StorageEngine.Sqlite.NewDatabaseAsync(),
            new Dictionary<string, string?> { ["Auth:AnonymousRead"] = null }, _log);
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };

        using var response = await anonymous.GetAsync("/api/v1/board?indicator=ontime");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => output.WriteLine(_log.ToString());
}
