namespace Reports.Delivery.Tests.Support;

/// <summary>The checkout the tests run from: the folder holding Reports.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Reports.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Reports.sln not found above {AppContext.BaseDirectory}.");
    }
}
