using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.History;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGecko;

/// <summary>
/// The daily per-coin caps: CoinGecko's <c>/coins/markets</c> (top N by market cap, N from
/// <c>MarketData:GlobalEstimate:TopCoins</c>, the same N as the bootstrap's history). A current snapshot, so it
/// serves the same days as /global: the day that just closed only until <see cref="CoinGeckoOptions.YesterdayGracePeriod"/>
/// after midnight UTC, when the caps and the total are read at about the same moment.
/// </summary>
internal sealed class CoinGeckoCapSource : ICoinCapSource
{
    public const string SourceName = "coingecko-marketcaps";

    private readonly ProviderHttp _http;
    private readonly CoinGeckoOptions _options;
    private readonly int _topCoins;
    private readonly MarketDataClock _clock;

    public CoinGeckoCapSource(
        HttpClient http, IOptions<CoinGeckoOptions> options, IOptions<GlobalEstimateOptions> topCoins, MarketDataClock clock, ILogger<CoinGeckoCapSource> logger)
    {
        _options = options.Value;
        _topCoins = topCoins.Value.TopCoins;
        _clock = clock;
        _http = new ProviderHttp(http, SourceName, clock, logger);
    }

    public string Provider => CoinGeckoSource.SourceName;

    /// <summary>Only the day that just closed (today's running caps are no day's close), inside the grace period.</summary>
    public bool Serves(DateOnly day, out string whyNot)
    {
        whyNot = string.Empty;
        if (day < _clock.Today && CoinGeckoSource.ServesCurrentFigureFor(day, _clock, _options)) return true;
        whyNot = $"/coins/markets only gives the current caps, so they stand for the day that just closed only until "
            + $"{_options.YesterdayGracePeriod.TotalHours:0.#} h after midnight UTC ({CoinGeckoOptions.SectionName}:YesterdayGracePeriod); "
            + $"{day:yyyy-MM-dd} is not served now ({_clock.UtcNow:yyyy-MM-dd HH:mm}Z). Past days' caps come from the history bootstrap.";
        return false;
    }

    public async Task<IReadOnlyList<CoinMarketCap>> FetchCoinCapsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!Serves(day, out var whyNot))
            throw new MarketDataSourceException(SourceName, SourceFailure.NotAvailableForDay, whyNot);
        var request = ProviderRequest.Get(
            _options.EffectiveBaseUrl, "coins/markets",
            [("vs_currency", "usd"), ("order", "market_cap_desc"), ("per_page", _topCoins.ToString(CultureInfo.InvariantCulture)), ("page", "1")],
            baseUrlSetting: $"{CoinGeckoOptions.SectionName}:BaseUrl",
            keySetting: $"{CoinGeckoOptions.SectionName}:ApiKey (and Plan)");
        // The caps are stored as figures, not as a raw answer: the response is not kept.
        var response = await _http.GetAsync(request, new List<RawResponse>(), cancellationToken);
        var coins = CoinGeckoMarketsParser.ParseMarkets(SourceName, response);
        var caps = CoinGeckoMarketsParser.Caps(day, coins.Take(_topCoins).Select(c => (c, c.MarketCapUsd)));
        if (caps.Count == 0) throw JsonValues.Invalid(SourceName, "/coins/markets gave no coin with a market cap and a usable ticker.");
        return caps;
    }
}
