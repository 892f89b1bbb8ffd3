using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.DataFolder;

/// <summary>Reads market history from a folder of CSV files laid out as docs/data-format.md describes.</summary>
public sealed class DataFolderStore(string folder, ILogger<DataFolderStore>? logger = null) : IMarketDataStore
{
    private readonly ILogger logger = logger ?? NullLogger<DataFolderStore>.Instance;

    public string Description => folder;

    public async Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var layout = DataFolderLayout.Scan(folder);
        var load = new Collector(through, layout.Warnings);

        var global = layout.Global is { } globalFile
            ? load.Take(await GlobalCsvParser.ParseAsync(globalFile, through, cancellationToken), "Total crypto market cap", p => p.Date)
            : [];

        var assets = new List<AssetSeries>();
        foreach (var symbol in layout.AssetSymbols)
        {
            var daily = layout.Daily.TryGetValue(symbol, out var dailyFile)
                ? load.Take(await YahooDailyCsvParser.ParseAsync(dailyFile, through, everyDay: true, cancellationToken), $"{symbol} daily candles", c => c.Day)
                : [];
            var fourHour = layout.FourHour.TryGetValue(symbol, out var fourHourFile)
                ? load.Take(await BinanceKlineCsvParser.ParseAsync(fourHourFile, through, cancellationToken), $"{symbol} 4h candles", c => c.Day)
                : [];
            var derivatives = layout.Derivatives.TryGetValue(symbol, out var derivativesFile)
                ? load.Take(await DerivativesCsvParser.ParseAsync(derivativesFile, through, cancellationToken), $"{symbol} derivatives", p => p.Date)
                : [];
            assets.Add(new AssetSeries(symbol, daily, fourHour, derivatives));
        }

        var cross = new List<CrossMarketSeries>();
        foreach (var (name, file) in layout.Cross)
        {
            var parsed = await YahooDailyCsvParser.ParseAsync(file, through, everyDay: false, cancellationToken);
            cross.Add(new CrossMarketSeries(name, load.Take(parsed, $"{name} daily prices", c => c.Day)));
        }

        var events = layout.Events is { } eventsFile
            ? load.Take(await EventsCsvParser.ParseAsync(eventsFile, through, cancellationToken), "Market events", e => e.Date)
            : [];

        if (layout.Provenance is { } provenanceFile)
            load.ApplyProvenance(await ProvenanceCsvParser.ParseAsync(provenanceFile, cancellationToken));

        logger.LogInformation(
            "Loaded {Files} files from {Folder} through {Through}: {Assets} assets, {CrossMarkets} other markets, {Warnings} warnings",
            load.Sources.Count, folder, through is { } day ? DateField.Show(day) : "the last row", assets.Count, cross.Count, load.Warnings.Count);
        return new MarketData(global, assets, cross, events, load.Sources, load.Warnings);
    }

    /// <summary>Gathers each file's rows, its <see cref="SourceInfo"/> and its warnings, in load order.</summary>
    private sealed class Collector(DateOnly? through, IEnumerable<DataWarning> layoutWarnings)
    {
        public List<DataWarning> Warnings { get; } = [.. layoutWarnings];

        public List<SourceInfo> Sources { get; } = [];

        public IReadOnlyList<T> Take<T>(ParsedFile<T> parsed, string name, Func<T, DateOnly> day)
        {
            Warnings.AddRange(parsed.Warnings);
            if (parsed.Rows.Count == 0)
                Warnings.Add(parsed.File.Warning(null, through is { } t ? $"no data rows on or before {DateField.Show(t)}" : "no data rows"));
            DateOnly? from = parsed.Rows.Count > 0 ? parsed.Rows.Min(day) : null;
            DateOnly? to = parsed.Rows.Count > 0 ? parsed.Rows.Max(day) : null;
            Sources.Add(new SourceInfo(name, parsed.File.RelativePath, from, to, parsed.Rows.Count));
            return parsed.Rows;
        }

        /// <summary>Labels every source with the last provenance line matching its file (later, more specific lines win).</summary>
        public void ApplyProvenance(ParsedFile<LineItem<ProvenanceRule>> parsed)
        {
            Warnings.AddRange(parsed.Warnings);
            foreach (var rule in parsed.Rows.Where(r => !Sources.Any(s => r.Value.Matches(s.Origin))))
                Warnings.Add(parsed.File.Warning(rule.Line, $"'{rule.Value.File}' matches no data file"));

            for (var i = 0; i < Sources.Count; i++)
            {
                var source = Sources[i];
                var match = parsed.Rows.LastOrDefault(r => r.Value.Matches(source.Origin)).Value;
                if (match is not null)
                    Sources[i] = source with { Provenance = match.Provider, Synthetic = match.Synthetic };
            }
        }
    }
}
