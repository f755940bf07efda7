using System.Diagnostics;

namespace KpiActors.TestSupport;

/// <summary>
/// How the tests and the benchmark start an app as a process of its own: the dotnet host that runs them, the app's
/// dll with every setting on its command line (where it wins over the appsettings.json in the app's folder), and none
/// of the caller's variables that would choose another environment or address.
/// </summary>
public static class AppCommandLine
{
    public static ProcessStartInfo For(string dll, string workingDirectory, IEnumerable<KeyValuePair<string, string>> settings)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        return start;
    }

    /// <summary>The dotnet host that runs these tests (the CLI says which in DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
