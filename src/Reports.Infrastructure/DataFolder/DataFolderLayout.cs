using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>Which files of the data-folder format (docs/data-format.md) are present. Names are matched case-insensitively.</summary>
internal sealed class DataFolderLayout
{
    public const string GlobalFile = "global.csv";
    public const string EventsFile = "events.csv";
    public const string ProvenanceFile = "provenance.csv";
    /// <summary>Per-coin market caps (docs/data-format.md), the input of the flow attribution; written by the history bootstrap.</summary>
    public const string MarketCapsFile = "marketcaps.csv";
    public const string DailyFolder = "daily";
    public const string FourHourFolder = "4h";
    public const string DerivativesFolder = "derivatives";
    public const string CrossFolder = "cross";
    public const string CsvExtension = ".csv";

    private static readonly string[] TopFiles = [GlobalFile, EventsFile, ProvenanceFile, MarketCapsFile];
    private static readonly string[] SeriesFolders = [DailyFolder, FourHourFolder, DerivativesFolder, CrossFolder];

    private readonly Dictionary<string, DataFile> topFiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SortedDictionary<string, DataFile>> series = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> seenFolders = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DataWarning> warnings = [];

    private readonly DataFolderLimits limits;

    private DataFolderLayout(DataFolderLimits limits)
    {
        this.limits = limits;
        foreach (var name in SeriesFolders)
            series[name] = new SortedDictionary<string, DataFile>(StringComparer.Ordinal);
    }

    public DataFile? Global => topFiles.GetValueOrDefault(GlobalFile);
    public DataFile? Events => topFiles.GetValueOrDefault(EventsFile);
    public DataFile? Provenance => topFiles.GetValueOrDefault(ProvenanceFile);
    public DataFile? MarketCaps => topFiles.GetValueOrDefault(MarketCapsFile);

    /// <summary>Files of a series folder by upper-cased name, in ordinal name order.</summary>
    public IReadOnlyDictionary<string, DataFile> Daily => series[DailyFolder];
    public IReadOnlyDictionary<string, DataFile> FourHour => series[FourHourFolder];
    public IReadOnlyDictionary<string, DataFile> Derivatives => series[DerivativesFolder];
    public IReadOnlyDictionary<string, DataFile> Cross => series[CrossFolder];

    /// <summary>Entries that look like data but do not fit the format, and were ignored.</summary>
    public IReadOnlyList<DataWarning> Warnings => warnings;

    /// <summary>Crypto assets: a symbol exists if any of daily/, 4h/ or derivatives/ has a file for it.</summary>
    public IReadOnlyList<string> AssetSymbols =>
        Daily.Keys.Union(FourHour.Keys).Union(Derivatives.Keys).Order(Comparer<string>.Create(MarketData.CompareSymbols)).ToList();

    /// <exception cref="MarketDataException">The folder is missing, holds no data file, or names one thing twice.</exception>
    public static DataFolderLayout Scan(string root, DataFolderLimits? limits = null)
    {
        if (!Directory.Exists(root))
            throw new MarketDataException($"data folder not found: {root}");

        var layout = new DataFolderLayout(limits ?? DataFolderLimits.Default);
        foreach (var entry in Entries(root))
        {
            var name = Path.GetFileName(entry);
            if (Directory.Exists(entry))
            {
                if (SeriesFolders.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } folder)
                    layout.ScanSeriesFolder(entry, name, folder);
                else
                    layout.warnings.Add(new DataWarning(name + "/", null, "not a folder of the data-folder format; ignored"));
            }
            else if (TopFiles.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                if (!layout.topFiles.TryAdd(known, new DataFile(entry, name, layout.limits)))
                    throw new MarketDataException($"both {layout.topFiles[known].RelativePath} and {name} exist in {root}; keep one");
            }
            else if (IsCsv(name))
            {
                layout.warnings.Add(new DataWarning(name, null, "not a file of the data-folder format; ignored"));
            }
        }

        var hasData = layout.Global is not null || layout.Events is not null || layout.series.Values.Any(s => s.Count > 0);
        if (!hasData)
            throw new MarketDataException($"no data found in {root}");
        return layout;
    }

    private void ScanSeriesFolder(string path, string folderName, string folder)
    {
        // On a case-sensitive disk "daily/" and "Daily/" can both exist; merging them would hide which one is meant.
        if (!seenFolders.Add(folder))
            throw new MarketDataException($"two folders named {folder}/ (in different case) exist; keep one");
        var files = series[folder];

        foreach (var entry in Entries(path))
        {
            var name = Path.GetFileName(entry);
            var relative = $"{folderName}/{name}";
            if (Directory.Exists(entry) || !IsCsv(name))
            {
                warnings.Add(new DataWarning(relative, null, "not a .csv file; ignored"));
                continue;
            }

            if (!AssetSymbol.TryParse(Path.GetFileNameWithoutExtension(name), out var parsed))
            {
                warnings.Add(new DataWarning(relative, null,
                    $"'{Path.GetFileNameWithoutExtension(name)}' is not a usable name ({AssetSymbol.Rule}, e.g. BTC.csv); file ignored"));
                continue;
            }
            var symbol = parsed.Value;

            if (!files.TryAdd(symbol, new DataFile(entry, relative, limits)))
                throw new MarketDataException($"both {files[symbol].RelativePath} and {relative} name {symbol}; keep one");
        }
    }

    /// <summary>Entries in ordinal order (so loads are repeatable), without hidden ones such as .DS_Store.</summary>
    /// <exception cref="MarketDataException">The folder cannot be listed (no permission, a symbolic-link loop...).</exception>
    private static IEnumerable<string> Entries(string path)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(path)
                .Where(e => !Path.GetFileName(e).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new MarketDataException($"{path}: cannot read the folder: {e.Message}", e);
        }
    }

    private static bool IsCsv(string name) => name.EndsWith(CsvExtension, StringComparison.OrdinalIgnoreCase);
}
