using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.MarketData.Http;

namespace Reports.Infrastructure.MarketData.Binance;

/// <summary>
/// Per asset and closed UTC day: the 1d candle and the six 4h candles from Binance spot, and the USD open interest
/// of the USDⓈ-M perpetual at the day's close (the 1d statistic stamped 00:00 UTC of the next day).
/// </summary>
internal sealed class BinanceSource : IMarketDataSource
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
        if (!_clock.HasClosed(day))
        {
            throw new MarketDataSourceException(
                SourceName, SourceFailure.NotAvailableForDay,
                $"the UTC day {day:yyyy-MM-dd} has not closed yet (now {_clock.UtcNow:yyyy-MM-dd HH:mm}Z); its daily candle is final after 00:00 UTC.");
        }

        var raw = new List<RawResponse>();
        var assets = new List<AssetDay>(_market.Assets.Count);
        var start = MarketDataClock.StartOf(day);
        var end = start.AddDays(1);
        foreach (var asset in _market.Assets)
        {
            var symbol = _options.SpotSymbol(asset);
            var daily = await ReadKlinesAsync(symbol, KlineInterval.OneDay, start, end, raw, cancellationToken);
            var fourHour = await ReadKlinesAsync(symbol, KlineInterval.FourHours, start, end, raw, cancellationToken);
            var openInterest = await ReadOpenInterestAsync(asset, day, raw, cancellationToken);
            assets.Add(new AssetDay(
                asset,
                ExactlyTheDay(symbol, KlineInterval.OneDay, day, daily)[0],
                ExactlyTheDay(symbol, KlineInterval.FourHours, day, fourHour),
                openInterest is { } usd ? new DerivativesPoint(day, usd, null, null) : null));
        }
        return new SourceFetch(new DailySnapshot(SourceName, day, null, assets, []), raw);
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

    /// <summary>The candles must be exactly the day's bars: none outside it, none twice, none missing.</summary>
    private static IReadOnlyList<Candle> ExactlyTheDay(string symbol, KlineInterval interval, DateOnly day, IReadOnlyList<Candle> candles)
    {
        var start = MarketDataClock.StartOf(day);
        var expected = Enumerable.Range(0, (int)(TimeSpan.FromDays(1) / interval.Length))
            .Select(i => start + i * interval.Length)
            .ToList();
        var what = $"{symbol} {interval.Code} candles for {day:yyyy-MM-dd}";
        if (candles.Count == 0)
        {
            throw JsonValues.Invalid(SourceName,
                $"Binance returned no {what} (empty array). The pair may not have traded that day; check MarketData:Assets and {BinanceOptions.SectionName}:Symbols.");
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

    /// <summary>Open interest in USD at the day's close, or null when switched off or older than Binance keeps.</summary>
    private async Task<decimal?> ReadOpenInterestAsync(string asset, DateOnly day, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        if (!_options.OpenInterest)
        {
            return null;
        }
        var sampleAt = MarketDataClock.StartOf(day.AddDays(1));
        var oldestServed = _clock.UtcNow - TimeSpan.FromDays(_options.OpenInterestHistoryDays);
        if (sampleAt <= oldestServed)
        {
            _logger.LogInformation(
                "{Source}: no open interest for {Asset} on {Day}: Binance keeps only the latest {Days} days", SourceName, asset, day, _options.OpenInterestHistoryDays);
            return null;
        }

        var symbol = _options.FuturesSymbol(asset);
        var request = ProviderRequest.Get(
            _options.FuturesBaseUrl, "futures/data/openInterestHist",
            [("symbol", symbol), ("period", "1d"), ("startTime", QueryValues.UnixMillis(sampleAt)), ("endTime", QueryValues.UnixMillis(sampleAt)), ("limit", "1")],
            baseUrlSetting: $"{BinanceOptions.SectionName}:FuturesBaseUrl");
        var response = await _http.GetAsync(request, raw, cancellationToken);
        var samples = BinanceOpenInterestParser.Parse(SourceName, response, symbol);
        var what = $"{symbol} open interest at the close of {day:yyyy-MM-dd} ({sampleAt:yyyy-MM-dd HH:mm}Z)";
        if (samples.Count == 0)
        {
            throw JsonValues.Invalid(SourceName, $"Binance returned no {what} (empty array); it is published shortly after 00:00 UTC, so try again later.");
        }
        if (samples.FirstOrDefault(s => !string.Equals(s.Symbol, symbol, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            throw JsonValues.Invalid(SourceName, $"asked for {what} but Binance answered for symbol {other.Symbol}.");
        }
        if (samples.FirstOrDefault(s => s.At != sampleAt) is { } wrongTime)
        {
            throw JsonValues.Invalid(SourceName, $"asked for {what} but Binance answered a sample at {wrongTime.At:yyyy-MM-dd HH:mm}Z.");
        }
        if (samples.Count > 1)
        {
            throw JsonValues.Invalid(SourceName, $"Binance returned {samples.Count} samples for {what}; expected one.");
        }
        return samples[0].ValueUsd;
    }
}
