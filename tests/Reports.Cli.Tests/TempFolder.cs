namespace Reports.Cli.Tests;

/// <summary>A scratch folder deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("flow-cli-").FullName;

    public string File(string relative, string? content = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        if (content is not null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, content);
        }
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
