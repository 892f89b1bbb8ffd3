using System.Text;
using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>A data folder in the temp directory that a test fills with exact file contents; deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    public TempDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reports-datafolder-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> byte for byte (UTF-8, no BOM) to a path inside the folder.</summary>
    public TempDataFolder Write(string relativePath, string content)
    {
        WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(content));
        return this;
    }

    public TempDataFolder WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public Task<MarketData> LoadAsync(DateOnly? through = null) => new DataFolderStore(Path).LoadAsync(through, CancellationToken.None);

    /// <summary>Loads and expects a <see cref="MarketDataException"/>; returns its message.</summary>
    public async Task<string> LoadFailureAsync(DateOnly? through = null) =>
        (await Assert.ThrowsAsync<MarketDataException>(() => LoadAsync(through))).Message;

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
