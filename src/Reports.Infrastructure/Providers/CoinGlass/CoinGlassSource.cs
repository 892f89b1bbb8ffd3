using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGlass;

/// <summary>
/// Long and short liquidations in USD per asset and closed UTC day, summed by CoinGlass over the configured
/// exchanges (the 1d bar of the aggregated liquidation history).
/// </summary>
internal sealed class CoinGlassSource : IMarketDataSource
{
    public const string SourceName = "coinglass";

    /// <summary>What <see cref="MarketDataSourceCatalog"/> reports when no key is configured.</summary>
    public const string NoKeyReason =
        "Liquidations not available: no CoinGlass API key is configured (set MarketData:CoinGlass:ApiKey to enable the coinglass source).";

    private readonly ProviderHttp _http;
    private readonly CoinGlassOptions _options;
    private readonly MarketDataOptions _market;
    private readonly MarketDataClock _clock;

    public CoinGlassSource(
        HttpClient http, IOptions<CoinGlassOptions> options, IOptions<MarketDataOptions> market, MarketDataClock clock, ILogger<CoinGlassSource> logger)
    {
        _options = options.Value;
        _market = market.Value;
        _clock = clock;
        _http = new ProviderHttp(http, SourceName, clock, logger);
    }

    public string Name => SourceName;

    public async Task<SourceFetch> FetchDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_options.ApiKey))
        {
            throw new MarketDataSourceException(SourceName, SourceFailure.NotConfigured, NoKeyReason);
        }
        if (!_clock.HasClosed(day))
        {
            throw new MarketDataSourceException(
                SourceName, SourceFailure.NotAvailableForDay,
                $"the UTC day {day:yyyy-MM-dd} has not closed yet (now {_clock.UtcNow:yyyy-MM-dd HH:mm}Z); its liquidation total is final after 00:00 UTC.");
        }

        var raw = new List<RawResponse>();
        var assets = new List<AssetDay>(_market.Assets.Count);
        var start = MarketDataClock.StartOf(day);
        foreach (var asset in _market.Assets)
        {
            var coin = _options.CoinSymbol(asset);
            var request = ProviderRequest.Get(
                _options.BaseUrl, "api/futures/liquidation/aggregated-history",
                [
                    ("exchange_list", _options.ExchangeList),
                    ("symbol", coin),
                    ("interval", "1d"),
                    ("start_time", QueryValues.UnixMillis(start)),
                    ("end_time", QueryValues.UnixMillis(start.AddDays(1).AddMilliseconds(-1))),
                ],
                baseUrlSetting: $"{CoinGlassOptions.SectionName}:BaseUrl",
                keySetting: $"{CoinGlassOptions.SectionName}:ApiKey");
            var response = await _http.GetAsync(request, raw, cancellationToken);
            var bar = TheDaysBar(coin, day, CoinGlassLiquidationParser.Parse(SourceName, response, coin));
            assets.Add(new AssetDay(asset, null, [], new DerivativesPoint(day, null, bar.LongUsd, bar.ShortUsd)));
        }
        return new SourceFetch(new DailySnapshot(SourceName, day, null, assets, []), raw);
    }

    private static LiquidationBar TheDaysBar(string coin, DateOnly day, IReadOnlyList<LiquidationBar> bars)
    {
        var start = MarketDataClock.StartOf(day);
        var what = $"{coin} liquidations for {day:yyyy-MM-dd}";
        if (bars.Count == 0)
        {
            throw JsonValues.Invalid(SourceName, $"CoinGlass returned no {what} (empty array); the coin may be unknown or the day beyond the plan's history.");
        }
        if (bars.FirstOrDefault(b => b.At != start) is { } other)
        {
            throw JsonValues.Invalid(SourceName, $"asked for {what} but CoinGlass answered a bar at {other.At:yyyy-MM-dd HH:mm}Z.");
        }
        if (bars.Count > 1)
        {
            throw JsonValues.Invalid(SourceName, $"CoinGlass returned {bars.Count} bars for {what}; expected one.");
        }
        return bars[0];
    }
}
