namespace KpiActors.TestSupport;

/// <summary>
/// What the tests and the benchmarks start the app with, in their own process (KpiApp) or as a process of its own
/// (AppProcess), on top of its appsettings.json: one known admin key, no anonymous reads, rate limits no test or
/// benchmark reaches unless it sets its own, and ports of its own.
/// </summary>
public static class AppDefaults
{
    /// <summary>The admin key every app is started with (Auth:BootstrapAdminKey), unless a test leaves it out.</summary>
    public const string AdminKey = "test-admin-key-5f0c2a9e41b7";

    /// <summary>
    /// The settings for an app over <paramref name="connectionString"/>. A setting a caller makes null afterwards is left to
    /// the app's appsettings.json.
    /// </summary>
    public static Dictionary<string, string?> For(StorageEngine engine, string connectionString)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = engine == StorageEngine.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:Kpi"] = connectionString,
            // Port 0: the kernel picks a free port, which the app reports; without this the appsettings.json's 127.0.0.1:5080
            // wins, and a second app running at the same time fails to bind.
            ["Urls"] = "http://127.0.0.1:0",
            ["Auth:BootstrapAdminKey"] = AdminKey,
            ["Auth:AnonymousRead"] = "false",
            ["RateLimits:WritesPerSecond"] = "100000",
            ["RateLimits:ReadsPerSecond"] = "100000",
            // Issuing the reports of closed periods writes hundreds of documents a minute after start: only the tests of
            // reports want that, and they turn it on.
            ["Reports:IssueClosedPeriods"] = "false",
        };
        foreach (var (key, value) in FreePorts.SiloSettings())
        {
            settings[key] = value;
        }

        return settings;
    }
}
