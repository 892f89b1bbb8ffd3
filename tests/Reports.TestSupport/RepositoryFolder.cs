namespace Reports.TestSupport;

/// <summary>Finds the repository (the folder holding Reports.sln) above the running binaries: tests and benchmarks run from bin/.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository, e.g. "samples".</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reports.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"Reports.sln not found above {AppContext.BaseDirectory}.");
    }
}
