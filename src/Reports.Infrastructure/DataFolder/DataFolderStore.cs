using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.DataFolder;

/// <summary>Reads market history from a folder of CSV files laid out as docs/data-format.md describes.</summary>
/// <param name="limits">Bounds on what one file may cost (default <see cref="DataFolderLimits.Default"/>).</param>
public sealed class DataFolderStore(string folder, ILogger<DataFolderStore>? logger = null, DataFolderLimits? limits = null) : IMarketDataStore
{
    private readonly ILogger logger = logger ?? NullLogger<DataFolderStore>.Instance;

    public string Description => folder;

    public Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken) => LoadAsync(through, coinCapDays: null, cancellationToken);

    public Task<MarketData> LoadForReportAsync(DateOnly? day, int coinCapDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(coinCapDays, 1);
        return LoadAsync(day, coinCapDays, cancellationToken);
    }

    private async Task<MarketData> LoadAsync(DateOnly? through, int? coinCapDays, CancellationToken cancellationToken)
    {
        var parsed = await ParseAsync(through, coinCapDays is { } days ? last => FlowAttribution.FirstCapDay(last, days) : null, cancellationToken).ConfigureAwait(false);
        var data = parsed.Cut(through, coinCapDays);
        logger.LogInformation(
            "Loaded {Files} files from {Folder} through {Through}: {Assets} assets, {CrossMarkets} other markets, {Warnings} warnings",
            data.Sources.Count, folder, through is { } day ? DateField.Show(day) : "the last row", data.Assets.Count, data.CrossMarkets.Count, data.Warnings.Count);
        return data;
    }

    /// <summary>
    /// Reads the folder once for a run of report days ending on <paramref name="through"/> (the CLI's batch mode).
    /// Each day's data is then cut from that one read, equal to what <see cref="LoadAsync"/> of that day returns:
    /// the files' rows up to the day, their sources and warnings counted for it. That equality needs files that
    /// parsed without a warning (a skipped, repeated or unordered row, a hole, may lie on either side of a day, and
    /// its warning then belongs to some days only); when any file has one, every day is read on its own instead.
    /// </summary>
    /// <exception cref="MarketDataException">The data through <paramref name="through"/> is unreadable.</exception>
    /// <param name="from">The first report day of the run: per-coin caps are read from <paramref name="coinCapDays"/> days before it.</param>
    public async Task<Func<DateOnly, CancellationToken, Task<MarketData>>> LoadDaysAsync(DateOnly from, DateOnly through, int coinCapDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(coinCapDays, 1);
        var parsed = await ParseAsync(through, _ => FlowAttribution.FirstCapDay(from, coinCapDays), cancellationToken).ConfigureAwait(false);
        if (!parsed.Clean)
        {
            logger.LogInformation("{Folder} has rows skipped with warnings, so each report day is read on its own", folder);
            return (day, ct) => LoadAsync(day, coinCapDays, ct);
        }
        return (day, ct) =>
        {
            ct.ThrowIfCancellationRequested();
            if (day > through || day < from) throw new ArgumentOutOfRangeException(nameof(day), day, $"The folder was read for {DateField.Show(from)} to {DateField.Show(through)}.");
            return Task.FromResult(parsed.Cut(day, coinCapDays));
        };
    }


    /// <param name="capsFrom">
    /// The first day of per-coin caps to read, given the last day of the load (the report day, or the last day of
    /// the daily series when <paramref name="through"/> is null); null reads every row.
    /// </param>
    private async Task<ParsedFolder> ParseAsync(DateOnly? through, Func<DateOnly, DateOnly>? capsFrom, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var layout = DataFolderLayout.Scan(folder, limits);

        // Files are independent: parse them side by side, then collect in a fixed order so the result (sources,
        // warnings) is the same whatever finishes first. The longest files start first (4h klines, then the per-coin
        // caps, the daily series, the rest), so that on two cores no long parse is left to run alone at the end.
        Task<ParsedFile<T>>? Start<T>(DataFile? file, Func<DataFile, Task<ParsedFile<T>>> parse) =>
            file is null ? null : Task.Run(() => parse(file), cancellationToken);

        var symbols = layout.AssetSymbols;
        var fourHourTasks = symbols.ToDictionary(s => s, s => Start(layout.FourHour.GetValueOrDefault(s), f => BinanceKlineCsvParser.ParseAsync(f, through, cancellationToken)));
        Task<ParsedFile<CoinMarketCap>>? StartCaps(DateOnly? since) => Start(layout.MarketCaps, f => MarketCapsCsvParser.ParseAsync(f, since, through, cancellationToken));
        // The caps' first day hangs on the report day; without one given, that is the daily series' last day, so
        // they start as soon as the daily files are in.
        var capsTask = capsFrom is null ? StartCaps(null) : through is { } day ? StartCaps(capsFrom(day)) : null;
        var dailyTasks = symbols.ToDictionary(s => s, s => Start(layout.Daily.GetValueOrDefault(s), f => YahooDailyCsvParser.ParseAsync(f, through, everyDay: true, cancellationToken)));
        var globalTask = Start(layout.Global, f => GlobalCsvParser.ParseAsync(f, through, cancellationToken));
        var crossTasks = layout.Cross.Select(c => (c.Key, Task: Start(c.Value, f => YahooDailyCsvParser.ParseAsync(f, through, everyDay: false, cancellationToken))!)).ToList();
        var derivativesTasks = symbols.ToDictionary(s => s, s => Start(layout.Derivatives.GetValueOrDefault(s), f => DerivativesCsvParser.ParseAsync(f, through, cancellationToken)));
        // Events only are read past the report day: the calendar lists what is scheduled; no figure sees beyond D.
        var eventsTask = Start(layout.Events, f => EventsCsvParser.ParseAsync(f, MarketEvent.LastScheduledDay(through), cancellationToken));

        var global = globalTask is null ? null : await globalTask;
        var dailies = new List<(string Symbol, ParsedFile<Candle>? Daily)>();
        foreach (var symbol in symbols)
            dailies.Add((symbol, dailyTasks[symbol] is { } daily ? await daily : null));
        if (capsFrom is not null && through is null)
            capsTask = StartCaps(ParsedFolder.LastDay(global, dailies.Select(d => d.Daily)) is { } last ? capsFrom(last) : null);

        var assets = new List<ParsedAsset>();
        foreach (var (symbol, daily) in dailies)
        {
            assets.Add(new ParsedAsset(
                symbol,
                daily,
                fourHourTasks[symbol] is { } fourHour ? await fourHour : null,
                derivativesTasks[symbol] is { } derivatives ? await derivatives : null));
        }
        var cross = new List<(string Name, ParsedFile<Candle> File)>();
        foreach (var (name, task) in crossTasks)
            cross.Add((name, await task));
        var events = eventsTask is null ? null : await eventsTask;
        var caps = capsTask is null ? null : await capsTask;
        var provenance = layout.Provenance is { } provenanceFile ? await ProvenanceCsvParser.ParseAsync(provenanceFile, cancellationToken) : null;
        return new ParsedFolder(layout.Warnings, global, assets, cross, events, caps, provenance);
    }

    private sealed record ParsedAsset(string Symbol, ParsedFile<Candle>? Daily, ParsedFile<Candle>? FourHour, ParsedFile<DerivativesPoint>? Derivatives);

    /// <summary>Every file of the folder as parsed through one day; <see cref="Cut"/> makes the data of that day or an earlier one.</summary>
    private sealed record ParsedFolder(
        IReadOnlyList<DataWarning> LayoutWarnings,
        ParsedFile<MarketCapPoint>? Global,
        IReadOnlyList<ParsedAsset> Assets,
        IReadOnlyList<(string Name, ParsedFile<Candle> File)> Cross,
        ParsedFile<MarketEvent>? Events,
        ParsedFile<CoinMarketCap>? CoinCaps,
        ParsedFile<LineItem<ProvenanceRule>>? Provenance)
    {
        /// <summary>No file warned: each file's rows up to an earlier day are exactly what a read through that day gives.</summary>
        public bool Clean =>
            Global is not { Warnings.Count: > 0 } && Events is not { Warnings.Count: > 0 } && CoinCaps is not { Warnings.Count: > 0 }
            && Assets.All(a => a.Daily is not { Warnings.Count: > 0 } && a.FourHour is not { Warnings.Count: > 0 } && a.Derivatives is not { Warnings.Count: > 0 })
            && Cross.All(c => c.File.Warnings.Count == 0);

        /// <summary>The last day of the daily series of the whole parse, by <see cref="MarketData.LastDay"/>'s own rule.</summary>
        public static DateOnly? LastDay(ParsedFile<MarketCapPoint>? global, IEnumerable<ParsedFile<Candle>?> dailies) =>
            new MarketData(global?.Rows ?? [], [.. dailies.Select(d => new AssetSeries("", d?.Rows ?? [], [], []))], [], [], [], []).LastDay;

        /// <summary>
        /// The data as a load through <paramref name="through"/> returns it (the parse's own day, or an earlier one of
        /// a clean parse), with per-coin caps for the <paramref name="coinCapDays"/> days ending on the report day (all when null).
        /// </summary>
        public MarketData Cut(DateOnly? through, int? coinCapDays)
        {
            var load = new Collector(through, LayoutWarnings);
            var global = Global is null ? [] : load.Take(Global, "Total crypto market cap", p => p.Date);

            var assets = new List<AssetSeries>();
            foreach (var (symbol, dailyFile, fourHourFile, derivativesFile) in Assets)
            {
                var daily = dailyFile is null ? [] : load.Take(dailyFile, $"{symbol} daily candles", c => c.Day);
                var fourHour = fourHourFile is null ? [] : load.Take(fourHourFile, $"{symbol} 4h candles", c => c.Day);
                var derivatives = derivativesFile is null ? [] : load.Take(derivativesFile, $"{symbol} derivatives", p => p.Date);
                assets.Add(new AssetSeries(symbol, daily, fourHour, derivatives));
            }

            var cross = Cross.Select(c => new CrossMarketSeries(c.Name, load.Take(c.File, $"{c.Name} daily prices", d => d.Day))).ToList();
            var eventsThrough = MarketEvent.LastScheduledDay(through);
            var events = Events is null ? [] : load.Take(Events, "Market events", e => e.Date, eventsThrough);
            // A folder without marketcaps.csv is complete: the report then leaves out the attribution and says why.
            // A report's caps: the days its attribution reads, ending on the report day (the last daily day when none is given).
            var reportDay = coinCapDays is null ? null : through ?? LastDay(Global, Assets.Select(a => a.Daily));
            var capsFrom = coinCapDays is { } days && reportDay is { } last ? FlowAttribution.FirstCapDay(last, days) : (DateOnly?)null;
            var coinCaps = CoinCaps is null ? [] : load.Take(CoinCaps, MarketData.CoinCapsSourceName, c => c.Date, cut: reportDay, first: capsFrom);

            if (Provenance is not null)
                load.ApplyProvenance(Provenance);
            return new MarketData(global, assets, cross, events, load.Sources, load.Warnings) { CoinCaps = coinCaps };
        }
    }

    /// <summary>Gathers each file's rows, its <see cref="SourceInfo"/> and its warnings, in load order.</summary>
    private sealed class Collector(DateOnly? through, IEnumerable<DataWarning> layoutWarnings)
    {
        public List<DataWarning> Warnings { get; } = [.. layoutWarnings];

        public List<SourceInfo> Sources { get; } = [];

        /// <param name="cut">The last day read from this file, when it differs from the load's (events).</param>
        /// <param name="first">The first day read from this file (per-coin caps), or null for all.</param>
        public IReadOnlyList<T> Take<T>(ParsedFile<T> parsed, string name, Func<T, DateOnly> day, DateOnly? cut = null, DateOnly? first = null)
        {
            // A parse through a later day, or from an earlier one, is cut back to this load's days. One pass over
            // the rows finds both whether any lies outside and the first and last day kept.
            var last = cut ?? through;
            var rows = parsed.Rows;
            List<T>? kept = null;
            DateOnly? from = null, to = null;
            for (var i = 0; i < rows.Count; i++)
            {
                var d = day(rows[i]);
                if (d > last || d < first)
                {
                    kept ??= [.. rows.Take(i)];
                    continue;
                }

                kept?.Add(rows[i]);
                from = from is { } f && f <= d ? f : d;
                to = to is { } t && t >= d ? t : d;
            }

            if (kept is not null)
                parsed = parsed with { Rows = kept };
            Warnings.AddRange(parsed.Warnings);
            if (parsed.Rows.Count == 0)
            {
                var problem = (first, last) switch
                {
                    ({ } f, { } t) => $"no data rows from {DateField.Show(f)} to {DateField.Show(t)}",
                    (null, { } t) => $"no data rows on or before {DateField.Show(t)}",
                    _ => "no data rows",
                };
                Warnings.Add(parsed.File.Warning(null, problem));
            }
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
