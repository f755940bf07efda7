using KpiActors.TestSupport;

namespace KpiActors.Api.Tests;

/// <summary>
/// One running app per test class. xunit runs the tests of one class one after another, so a class may
/// count whole tables before and after a request; tests of a class still write to provinces of their
/// own, so that their order does not matter.
/// </summary>
public abstract class AppFixture(StorageEngine engine, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private KpiApp? _app;

    public KpiApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _app = await KpiApp.StartAsync(engine, settings);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed class SqliteApp() : AppFixture(StorageEngine.Sqlite);

public sealed class PostgresApp() : AppFixture(StorageEngine.Postgres);

/// <summary>Auth:AnonymousRead=true: the board is open to anyone, and nothing else may be.</summary>
public sealed class AnonymousReadApp() : AppFixture(StorageEngine.Sqlite, new Dictionary<string, string?> { ["Auth:AnonymousRead"] = "true" });

/// <summary>The app as a process of its own over a fresh SQLite file, for what must not be shared with the other apps of the test process.</summary>
public sealed class SqliteAppProcess : IAsyncLifetime
{
    private AppProcess? _app;

    public AppProcess App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _app = await AppProcess.StartAsync("app", StorageEngine.Sqlite, await StorageEngine.Sqlite.NewDatabaseAsync());

    public Task DisposeAsync()
    {
        _app?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Test classes run once the other classes of the test run are done, one at a time: the nodes of a cluster of processes
/// probe each other every 2 s, and other tests' load on the machine could make one take another for dead.
/// </summary>
[CollectionDefinition(nameof(AloneInTheTestRun), DisableParallelization = true)]
public sealed class AloneInTheTestRun;
