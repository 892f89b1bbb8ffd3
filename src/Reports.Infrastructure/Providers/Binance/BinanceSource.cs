using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.Binance;

/// <summary>
/// Per asset and closed UTC day: the 1d candle and the six 4h candles from Binance spot, and the USD open interest
/// of the USDⓈ-M perpetual at the day's close (the 1d statistic stamped 00:00 UTC of the next day). A run of days
/// is fetched with the same few requests, paged by time past 1,000 candles.
/// </summary>
internal sealed class BinanceSource : IMarketDataRangeSource
{
    public const string SourceName = "binance";

    /// <summary>Guards against a server that keeps answering full pages without moving forward.</summary>
    private const int MaxPages = 1000;

    private readonly ProviderHttp _http;
    private readonly BinanceOptions _options;
    private readonly MarketDataOptions _market;
    private readonly MarketDataClock _clock;
    private readonly ILogger<BinanceSource> _logger;

    public BinanceSource(
        HttpClient http, IOptions<BinanceOptions> options, IOptions<MarketDataOptions> market, MarketDataClock clock, ILogger<BinanceSource> logger)
    {
        _options = options.Value;
        _market = market.Value;
        _clock = clock;
        _logger = logger;
        _http = new ProviderHttp(http, SourceName, clock, logger);
    }

    public string Name => SourceName;

    public async Task<SourceFetch> FetchDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var range = await FetchDaysAsync(day, day, cancellationToken);
        return new SourceFetch(range.Snapshots[0], range.Raw);
    }

    public async Task<SourceRangeFetch> FetchDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range {from:yyyy-MM-dd}..{to:yyyy-MM-dd} ends before it starts.", nameof(to));
        }
        if (!_clock.HasClosed(to))
        {
            throw new MarketDataSourceException(
                SourceName, SourceFailure.NotAvailableForDay,
                $"the UTC day {to:yyyy-MM-dd} has not closed yet (now {_clock.UtcNow:yyyy-MM-dd HH:mm}Z); its daily candle is final after 00:00 UTC.");
        }

        var raw = new List<RawResponse>();
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        var assetsByDay = days.ToDictionary(d => d, _ => new List<AssetDay>(_market.Assets.Count));
        var start = MarketDataClock.StartOf(from);
        var end = MarketDataClock.StartOf(to.AddDays(1));
        foreach (var asset in _market.Assets)
        {
            var symbol = _options.SpotSymbol(asset);
            var daily = ByDay(symbol, KlineInterval.OneDay, days, await ReadKlinesAsync(symbol, KlineInterval.OneDay, start, end, raw, cancellationToken));
            var fourHour = ByDay(symbol, KlineInterval.FourHours, days, await ReadKlinesAsync(symbol, KlineInterval.FourHours, start, end, raw, cancellationToken));
            var openInterest = await ReadOpenInterestAsync(asset, days, raw, cancellationToken);
            foreach (var day in days)
            {
                assetsByDay[day].Add(new AssetDay(
                    asset,
                    daily[day][0],
                    fourHour[day],
                    openInterest.TryGetValue(day, out var usd) ? new DerivativesPoint(day, usd, null, null) : null));
            }
        }
        var snapshots = days.Select(d => new DailySnapshot(SourceName, d, null, assetsByDay[d], [])).ToList();
        return new SourceRangeFetch(snapshots, raw);
    }

    /// <summary>All klines opening in [<paramref name="from"/>, <paramref name="until"/>), paged by time when more than a page.</summary>
    internal async Task<IReadOnlyList<Candle>> ReadKlinesAsync(
        string symbol, KlineInterval interval, DateTimeOffset from, DateTimeOffset until, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        var candles = new List<Candle>();
        var pageStart = from;
        for (var page = 0; pageStart < until; page++)
        {
            if (page == MaxPages)
            {
                throw JsonValues.Malformed(SourceName, $"{symbol} {interval.Code} klines did not end after {MaxPages} pages.");
            }
            var request = ProviderRequest.Get(
                _options.SpotBaseUrl, "api/v3/klines",
                [
                    ("symbol", symbol),
                    ("interval", interval.Code),
                    ("startTime", QueryValues.UnixMillis(pageStart)),
                    ("endTime", QueryValues.UnixMillis(until.AddMilliseconds(-1))),
                    ("limit", _options.KlinesPageLimit.ToString(CultureInfo.InvariantCulture)),
                ],
                baseUrlSetting: $"{BinanceOptions.SectionName}:SpotBaseUrl",
                regionBlockedHint: $"public market data is also served by {BinanceOptions.PublicDataSpotBaseUrl}");
            var response = await _http.GetAsync(request, raw, cancellationToken);
            var rows = BinanceKlineParser.Parse(SourceName, response, symbol, interval);
            candles.AddRange(rows);
            if (rows.Count < _options.KlinesPageLimit)
            {
                break;
            }
            var next = rows[^1].OpenTime + interval.Length;
            if (next <= pageStart)
            {
                throw JsonValues.Malformed(SourceName, $"{symbol} {interval.Code} klines page starting {pageStart:u} did not move forward; cannot page.");
            }
            pageStart = next;
        }
        return candles;
    }

    /// <summary>
    /// Splits the candles by day; each day must have exactly its bars: none outside the range, none twice, none missing.
    /// </summary>
    private static Dictionary<DateOnly, IReadOnlyList<Candle>> ByDay(string symbol, KlineInterval interval, IReadOnlyList<DateOnly> days, IReadOnlyList<Candle> candles)
    {
        var range = days.Count == 1 ? $"{days[0]:yyyy-MM-dd}" : $"{days[0]:yyyy-MM-dd}..{days[^1]:yyyy-MM-dd}";
        if (candles.Count == 0)
        {
            throw JsonValues.Invalid(SourceName,
                $"Binance returned no {symbol} {interval.Code} candles for {range} (empty array). The pair may not have traded then; check MarketData:Assets and {BinanceOptions.SectionName}:Symbols.");
        }
        if (candles.FirstOrDefault(c => c.Day < days[0] || c.Day > days[^1]) is { } outside)
        {
            throw JsonValues.Invalid(SourceName, $"{symbol} {interval.Code} candles for {range}: Binance answered a bar opening {outside.OpenTime:yyyy-MM-dd HH:mm}Z, outside the days asked for.");
        }
        return days.ToDictionary(d => d, d => ExactlyTheDay(symbol, interval, d, candles.Where(c => c.Day == d).ToList()));
    }

    private static IReadOnlyList<Candle> ExactlyTheDay(string symbol, KlineInterval interval, DateOnly day, IReadOnlyList<Candle> candles)
    {
        var start = MarketDataClock.StartOf(day);
        var expected = Enumerable.Range(0, (int)(TimeSpan.FromDays(1) / interval.Length))
            .Select(i => start + i * interval.Length)
            .ToList();
        var what = $"{symbol} {interval.Code} candles for {day:yyyy-MM-dd}";
        if (candles.Count == 0)
        {
            throw JsonValues.Invalid(SourceName, $"{what} are missing: the day is absent from the middle of Binance's answer.");
        }
        if (candles.FirstOrDefault(c => !expected.Contains(c.OpenTime)) is { } stray)
        {
            throw JsonValues.Invalid(SourceName, $"{what}: Binance answered a bar opening {stray.OpenTime:yyyy-MM-dd HH:mm}Z, which is not a {interval.Code} bar of that day.");
        }
        if (candles.GroupBy(c => c.OpenTime).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw JsonValues.Invalid(SourceName, $"{what}: the bar opening {twice.Key:HH:mm}Z came twice.");
        }
        var missing = expected.Where(t => candles.All(c => c.OpenTime != t)).ToList();
        if (missing.Count > 0)
        {
            throw JsonValues.Invalid(SourceName,
                $"{what} are incomplete: got {candles.Count} of {expected.Count}, missing the bar(s) opening {string.Join(", ", missing.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)))} UTC.");
        }
        return candles.OrderBy(c => c.OpenTime).ToList();
    }

    /// <summary>
    /// Open interest in USD at each day's close (the 1d statistic stamped 00:00 UTC the next day). Days older than
    /// Binance keeps, or all days when switched off, get none.
    /// </summary>
    private async Task<IReadOnlyDictionary<DateOnly, decimal>> ReadOpenInterestAsync(
        string asset, IReadOnlyList<DateOnly> days, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        if (!_options.OpenInterest)
        {
            return new Dictionary<DateOnly, decimal>();
        }
        var oldestServed = _clock.UtcNow - TimeSpan.FromDays(_options.OpenInterestHistoryDays);
        var served = days.Where(d => MarketDataClock.StartOf(d.AddDays(1)) > oldestServed).ToList();
        if (served.Count < days.Count)
        {
            _logger.LogInformation(
                "{Source}: no open interest for {Asset} before {Day}: Binance keeps only the latest {Days} days",
                SourceName, asset, served.Count > 0 ? served[0] : days[^1].AddDays(1), _options.OpenInterestHistoryDays);
        }
        if (served.Count == 0)
        {
            return new Dictionary<DateOnly, decimal>();
        }

        var symbol = _options.FuturesSymbol(asset);
        var first = MarketDataClock.StartOf(served[0].AddDays(1));
        var last = MarketDataClock.StartOf(served[^1].AddDays(1));
        var request = ProviderRequest.Get(
            _options.FuturesBaseUrl, "futures/data/openInterestHist",
            [
                ("symbol", symbol),
                ("period", "1d"),
                ("startTime", QueryValues.UnixMillis(first)),
                ("endTime", QueryValues.UnixMillis(last)),
                ("limit", served.Count.ToString(CultureInfo.InvariantCulture)),
            ],
            baseUrlSetting: $"{BinanceOptions.SectionName}:FuturesBaseUrl");
        var response = await _http.GetAsync(request, raw, cancellationToken);
        var samples = BinanceOpenInterestParser.Parse(SourceName, response, symbol);

        var what = $"{symbol} open interest at the close of {served[0]:yyyy-MM-dd}" + (served.Count > 1 ? $"..{served[^1]:yyyy-MM-dd}" : string.Empty);
        if (samples.Count == 0)
        {
            throw JsonValues.Invalid(SourceName, $"Binance returned no {what} (empty array); it is published shortly after 00:00 UTC, so try again later.");
        }
        if (samples.FirstOrDefault(s => !string.Equals(s.Symbol, symbol, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            throw JsonValues.Invalid(SourceName, $"asked for {what} but Binance answered for symbol {other.Symbol}.");
        }
        var byDay = new Dictionary<DateOnly, decimal>();
        foreach (var sample in samples)
        {
            var day = DateOnly.FromDateTime(sample.At.UtcDateTime).AddDays(-1);
            if (sample.At != MarketDataClock.StartOf(day.AddDays(1)) || !served.Contains(day))
            {
                throw JsonValues.Invalid(SourceName, $"asked for {what} but Binance answered a sample at {sample.At:yyyy-MM-dd HH:mm}Z.");
            }
            if (!byDay.TryAdd(day, sample.ValueUsd))
            {
                throw JsonValues.Invalid(SourceName, $"Binance returned two {symbol} open-interest samples at {sample.At:yyyy-MM-dd HH:mm}Z.");
            }
        }
        var gaps = served.Where(d => !byDay.ContainsKey(d)).ToList();
        if (gaps.Count > 0)
        {
            throw JsonValues.Invalid(SourceName, $"{what}: the sample for {string.Join(", ", gaps.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))} is missing.");
        }
        return byDay;
    }
}
