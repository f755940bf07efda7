namespace KpiActors.TestSupport;

/// <summary>The repository's root folder (the one with KpiActors.sln), found above the folder the tests run from.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "KpiActors.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No KpiActors.sln above {AppContext.BaseDirectory}");
    }
}
