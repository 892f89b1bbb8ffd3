using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>One file of a data folder: where it is on disk, and the relative path used in every message about it.</summary>
/// <param name="RelativePath">Path inside the data folder with '/' separators, e.g. "daily/BTC.csv".</param>
/// <param name="Bounds">Limits on reading it; null for <see cref="DataFolderLimits.Default"/>.</param>
internal sealed record DataFile(string FullPath, string RelativePath, DataFolderLimits? Bounds = null)
{
    public DataFolderLimits Limits => Bounds ?? DataFolderLimits.Default;

    public MarketDataException Error(int line, string message) => new($"{RelativePath}:{line}: {message}");

    public DataWarning Warning(int? line, string message) => new(RelativePath, line, message);
}
