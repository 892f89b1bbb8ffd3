using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>One file of a data folder: where it is on disk, and the relative path used in every message about it.</summary>
/// <param name="RelativePath">Path inside the data folder with '/' separators, e.g. "daily/BTC.csv".</param>
internal sealed record DataFile(string FullPath, string RelativePath)
{
    public MarketDataException Error(int line, string message) => new($"{RelativePath}:{line}: {message}");

    public DataWarning Warning(int? line, string message) => new(RelativePath, line, message);
}
