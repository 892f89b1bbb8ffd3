using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases.History;
using Reports.Infrastructure.Providers.CoinGecko;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.History;

/// <summary>
/// The total crypto market cap and volume of past days, <b>estimated</b>: CoinGecko has no free history of /global,
/// so the daily market caps of today's top N coins (/coins/{id}/market_chart) are summed and scaled by today's
/// /global total ÷ today's top-N sum (/coins/markets). Day D takes the points stamped 00:00 UTC of D+1 (D's close),
/// like the live source, which reads /global just after D closes. Stored as its own source; a real /global snapshot
/// of the same day always wins (<see cref="Estimates"/>). The per-coin caps are kept for the flow attribution.
/// </summary>
internal sealed partial class GlobalEstimateSource : IHistorySource
{
    public const string SourceName = "global" + Estimates.Suffix;

    private readonly ProviderHttp _http;
    private readonly CoinGeckoOptions _coinGecko;
    private readonly GlobalEstimateOptions _options;
    private readonly MarketDataClock _clock;
    private readonly CallPacer _pacer;

    public GlobalEstimateSource(
        HttpClient http, IOptions<CoinGeckoOptions> coinGecko, IOptions<GlobalEstimateOptions> options, MarketDataClock clock, ILogger<GlobalEstimateSource> logger)
    {
        _coinGecko = coinGecko.Value;
        _options = options.Value;
        _clock = clock;
        _http = new ProviderHttp(http, SourceName, clock, logger);
        _pacer = new CallPacer(_coinGecko.RateLimitPermits, _coinGecko.RateLimitWindow, clock.Time);
    }

    public string Name => SourceName;

    /// <summary>Day D needs the point stamped 00:00 of D+1; the oldest point of a chart is not always a whole day old, so one day is left out.</summary>
    public int MaxDaysBack => _options.ChartDays - 1;

    /// <summary>The scale is one figure for the whole chart: fetched in one piece.</summary>
    public int MaxChunkDays => _options.ChartDays;

    public string? EstimateOf => CoinGeckoSource.SourceName;

    public int CallsFor(int days) => 2 + _options.TopCoins;

    public async Task<HistoryFetch> FetchAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var today = _clock.Today;
        if (to >= today)
            throw new MarketDataSourceException(SourceName, SourceFailure.NotAvailableForDay, $"{to:yyyy-MM-dd} has not closed yet (today is {today:yyyy-MM-dd} UTC).");
        if (from < today.AddDays(-_options.ChartDays))
            throw new MarketDataSourceException(SourceName, SourceFailure.NotAvailableForDay,
                $"{from:yyyy-MM-dd} is older than the {_options.ChartDays} days of market charts CoinGecko serves ({CoinGeckoOptions.SectionName}:Plan).");

        var raw = new List<RawResponse>();
        var markets = CoinGeckoMarketsParser.ParseMarkets(SourceName, await GetAsync("coins/markets",
            [("vs_currency", "usd"), ("order", "market_cap_desc"), ("per_page", _options.TopCoins.ToString(CultureInfo.InvariantCulture)), ("page", "1")], raw, cancellationToken));
        var global = CoinGeckoGlobalParser.Parse(SourceName, await GetAsync("global", [], raw, cancellationToken));

        var coins = markets.Take(_options.TopCoins).ToList();
        var charts = new List<(CoinGeckoCoin Coin, CoinGeckoChart Chart)>();
        foreach (var coin in coins)
        {
            if (!CoinId().IsMatch(coin.Id))
                throw JsonValues.Invalid(SourceName, $"/coins/markets gave the id '{coin.Id}', which is not a CoinGecko coin id (lower-case letters, digits, hyphens).");
            var response = await GetAsync($"coins/{coin.Id}/market_chart",
                [("vs_currency", "usd"), ("days", _options.ChartDays.ToString(CultureInfo.InvariantCulture)), ("interval", "daily")], raw, cancellationToken);
            charts.Add((coin, CoinGeckoMarketsParser.ParseChart(SourceName, response, coin.Id)));
        }

        var capNow = coins.Sum(c => c.MarketCapUsd);
        var volumeNow = coins.Sum(c => c.VolumeUsd);
        if (capNow <= 0m) throw JsonValues.Invalid(SourceName, "/coins/markets gave no market cap for any coin.");
        var scale = global.TotalMarketCapUsd / capNow;
        decimal? volumeScale = volumeNow > 0m ? global.TotalVolumeUsd / volumeNow : null;

        var snapshots = new List<DailySnapshot>();
        var caps = new List<CoinMarketCap>();
        var lowestCoverage = 1m;
        var lowestOn = from;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var close = MarketDataClock.StartOf(day.AddDays(1));
            var capSum = 0m;
            var volumeSum = 0m;
            var covered = 0m;
            var dayCaps = new List<(CoinGeckoCoin, decimal)>();
            foreach (var (coin, chart) in charts)
            {
                if (!chart.MarketCaps.TryGetValue(close, out var cap)) continue;
                capSum += cap;
                covered += coin.MarketCapUsd;
                volumeSum += chart.Volumes.GetValueOrDefault(close);
                dayCaps.Add((coin, cap));
            }
            caps.AddRange(CoinGeckoMarketsParser.Caps(day, dayCaps));
            if (capSum == 0m)
                throw JsonValues.Invalid(SourceName, $"no coin's market chart has a point at {close:yyyy-MM-dd HH:mm}Z, the close of {day:yyyy-MM-dd}.");
            var coverage = covered / capNow;
            if (coverage < lowestCoverage) (lowestCoverage, lowestOn) = (coverage, day);
            var point = new MarketCapPoint(day, Math.Round(capSum * scale, 0), volumeScale is { } v ? Math.Round(volumeSum * v, 0) : null);
            snapshots.Add(new DailySnapshot(SourceName, day, point, [], []));
        }

        var label = new SnapshotLabel(
            $"estimated: sum of CoinGecko daily market caps of the top {coins.Count} coins × {scale.ToString("0.0000", CultureInfo.InvariantCulture)} "
            + $"(/global total ÷ top-{coins.Count} sum on {today:yyyy-MM-dd}); coverage {lowestCoverage.ToString("P1", CultureInfo.InvariantCulture)} "
            + $"of today's top-{coins.Count} cap at the lowest ({lowestOn:yyyy-MM-dd})");
        // The caps themselves are CoinGecko's daily points, observed; only the total built from them is an estimate.
        return new HistoryFetch(snapshots, raw, label, caps) { CoinCapsLabel = new SnapshotLabel("CoinGecko /coins/{id}/market_chart, daily points") };
    }

    private async Task<ProviderResponse> GetAsync(string path, IEnumerable<(string, string)> query, List<RawResponse> raw, CancellationToken cancellationToken)
    {
        await _pacer.WaitAsync(cancellationToken);
        var request = ProviderRequest.Get(
            _coinGecko.EffectiveBaseUrl, path, query,
            baseUrlSetting: $"{CoinGeckoOptions.SectionName}:BaseUrl",
            keySetting: $"{CoinGeckoOptions.SectionName}:ApiKey (and Plan)");
        return await _http.GetAsync(request, raw, cancellationToken);
    }


    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex CoinId();
}
