using System.Diagnostics;
using System.Globalization;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>The machine and the code a run measured, for the report's heading.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGiB, string Commit, bool DirtyTree, string Runtime, string Postgres)
{
    public static MachineInfo Read(string repositoryRoot, string postgresVersion)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memoryKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var commit = Git(repositoryRoot, "rev-parse", "--short", "HEAD");
        var dirty = Git(repositoryRoot, "status", "--porcelain", "--untracked-files=no").Length > 0;
        return new MachineInfo(cpu, Environment.ProcessorCount, double.Parse(memoryKb, CultureInfo.InvariantCulture) / 1024 / 1024, commit, dirty,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, postgresVersion);
    }

    /// <summary>The 1-minute load average: other work on the machine while it measured.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
