namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>What an app started by the benchmark logs: warnings and worse, so that the progress stays readable.</summary>
public static class AppLogging
{
    /// <summary>
    /// Orleans' watchdog warns, at a silo's start, that its participants have not checked in "for" the machine's whole
    /// uptime: a start-up artefact, printed for every silo this process hosts, and no measurement's concern.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Warnings { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Orleans.Runtime.Watchdog"] = "Error",
    };

    /// <summary><see cref="Warnings"/> with <paramref name="settings"/> on top.</summary>
    public static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings) =>
        Warnings.Concat(settings).ToDictionary(s => s.Key, s => s.Value);
}
