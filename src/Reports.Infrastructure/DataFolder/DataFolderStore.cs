using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.DataFolder;

/// <summary>Reads market history from a folder of CSV files laid out as docs/data-format.md describes.</summary>
/// <param name="limits">Bounds on what one file may cost (default <see cref="DataFolderLimits.Default"/>).</param>
public sealed class DataFolderStore(string folder, ILogger<DataFolderStore>? logger = null, DataFolderLimits? limits = null) : IMarketDataStore
{
    private readonly ILogger logger = logger ?? NullLogger<DataFolderStore>.Instance;

    public string Description => folder;

    public async Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var layout = DataFolderLayout.Scan(folder, limits);
        var load = new Collector(through, layout.Warnings);

        // Files are independent: parse them side by side, then collect in a fixed order so the result (sources,
        // warnings) is the same whatever finishes first.
        Task<ParsedFile<T>>? Start<T>(DataFile? file, Func<DataFile, Task<ParsedFile<T>>> parse) =>
            file is null ? null : Task.Run(() => parse(file), cancellationToken);

        var globalTask = Start(layout.Global, f => GlobalCsvParser.ParseAsync(f, through, cancellationToken));
        var assetTasks = layout.AssetSymbols.Select(symbol => (
            Symbol: symbol,
            Daily: Start(layout.Daily.GetValueOrDefault(symbol), f => YahooDailyCsvParser.ParseAsync(f, through, everyDay: true, cancellationToken)),
            FourHour: Start(layout.FourHour.GetValueOrDefault(symbol), f => BinanceKlineCsvParser.ParseAsync(f, through, cancellationToken)),
            Derivatives: Start(layout.Derivatives.GetValueOrDefault(symbol), f => DerivativesCsvParser.ParseAsync(f, through, cancellationToken))))
            .ToList();
        var crossTasks = layout.Cross.Select(c => (c.Key, Task: Start(c.Value, f => YahooDailyCsvParser.ParseAsync(f, through, everyDay: false, cancellationToken))!)).ToList();
        // Events only are read past the report day: the calendar lists what is scheduled; no figure sees beyond D.
        var eventsThrough = MarketEvent.LastScheduledDay(through);
        var eventsTask = Start(layout.Events, f => EventsCsvParser.ParseAsync(f, eventsThrough, cancellationToken));
        var capsTask = Start(layout.MarketCaps, f => MarketCapsCsvParser.ParseAsync(f, through, cancellationToken));

        var global = globalTask is null ? [] : load.Take(await globalTask, "Total crypto market cap", p => p.Date);

        var assets = new List<AssetSeries>();
        foreach (var (symbol, dailyTask, fourHourTask, derivativesTask) in assetTasks)
        {
            var daily = dailyTask is null ? [] : load.Take(await dailyTask, $"{symbol} daily candles", c => c.Day);
            var fourHour = fourHourTask is null ? [] : load.Take(await fourHourTask, $"{symbol} 4h candles", c => c.Day);
            var derivatives = derivativesTask is null ? [] : load.Take(await derivativesTask, $"{symbol} derivatives", p => p.Date);
            assets.Add(new AssetSeries(symbol, daily, fourHour, derivatives));
        }

        var cross = new List<CrossMarketSeries>();
        foreach (var (name, task) in crossTasks)
        {
            cross.Add(new CrossMarketSeries(name, load.Take(await task, $"{name} daily prices", c => c.Day)));
        }

        var events = eventsTask is null ? [] : load.Take(await eventsTask, "Market events", e => e.Date, eventsThrough);
        // A folder without marketcaps.csv is complete: the report then leaves out the attribution and says why.
        var coinCaps = capsTask is null ? [] : load.Take(await capsTask, "Per-coin market caps", c => c.Date);

        if (layout.Provenance is { } provenanceFile)
            load.ApplyProvenance(await ProvenanceCsvParser.ParseAsync(provenanceFile, cancellationToken));

        logger.LogInformation(
            "Loaded {Files} files from {Folder} through {Through}: {Assets} assets, {CrossMarkets} other markets, {Warnings} warnings",
            load.Sources.Count, folder, through is { } day ? DateField.Show(day) : "the last row", assets.Count, cross.Count, load.Warnings.Count);
        return new MarketData(global, assets, cross, events, load.Sources, load.Warnings) { CoinCaps = coinCaps };
    }

    /// <summary>Gathers each file's rows, its <see cref="SourceInfo"/> and its warnings, in load order.</summary>
    private sealed class Collector(DateOnly? through, IEnumerable<DataWarning> layoutWarnings)
    {
        public List<DataWarning> Warnings { get; } = [.. layoutWarnings];

        public List<SourceInfo> Sources { get; } = [];

        /// <param name="cut">The last day read from this file, when it differs from the load's (events).</param>
        public IReadOnlyList<T> Take<T>(ParsedFile<T> parsed, string name, Func<T, DateOnly> day, DateOnly? cut = null)
        {
            Warnings.AddRange(parsed.Warnings);
            if (parsed.Rows.Count == 0)
                Warnings.Add(parsed.File.Warning(null, (cut ?? through) is { } t ? $"no data rows on or before {DateField.Show(t)}" : "no data rows"));
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
