using System.Diagnostics;
using System.Globalization;

namespace KpiActors.TestSupport;

/// <summary>
/// Temporary folders named after the test process that owns them. The test runner kills a test process
/// 100 ms after its last test, often before its exit handlers have run, and a test run can be killed
/// outright; so creating a folder first sweeps away the folders of owners that have ended.
/// </summary>
internal static class ProcessTempFolder
{
    public static string Create(string prefix)
    {
        DeleteFoldersOfEndedProcesses(prefix);
        return Directory.CreateTempSubdirectory($"{prefix}{Environment.ProcessId}-").FullName;
    }

    private static void DeleteFoldersOfEndedProcesses(string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), $"{prefix}*-*"))
        {
            var owner = Path.GetFileName(folder)[prefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var processId) || IsRunning(processId))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Being swept by another test process at the same time, or another user's: not ours to insist on.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
