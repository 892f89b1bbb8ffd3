namespace Reports.Cli;

/// <summary>Finds the bundled sample data folder: copied beside the binary at build time, or in the repo.</summary>
internal static class SampleData
{
    public static string DefaultFolder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "samples");
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(dir.FullName, "Reports.sln")) && Directory.Exists(candidate)) return candidate;
        }
        return beside;
    }
}
