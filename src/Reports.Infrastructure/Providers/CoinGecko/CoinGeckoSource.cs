using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGecko;

/// <summary>
/// Total crypto market cap and volume in USD from CoinGecko's /global. That endpoint only knows "now", so the
/// source fills today and, shortly after midnight UTC, the day that just closed; history comes from a CSV import.
/// </summary>
internal sealed class CoinGeckoSource : IMarketDataSource
{
    public const string SourceName = "coingecko";

    private readonly ProviderHttp _http;
    private readonly CoinGeckoOptions _options;
    private readonly MarketDataClock _clock;

    public CoinGeckoSource(HttpClient http, IOptions<CoinGeckoOptions> options, MarketDataClock clock, ILogger<CoinGeckoSource> logger)
    {
        _options = options.Value;
        _clock = clock;
        _http = new ProviderHttp(http, SourceName, clock, logger);
    }

    public string Name => SourceName;

    public async Task<SourceFetch> FetchDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        EnsureServable(day);
        var raw = new List<RawResponse>();
        var request = ProviderRequest.Get(
            _options.EffectiveBaseUrl, "global", [],
            baseUrlSetting: $"{CoinGeckoOptions.SectionName}:BaseUrl",
            keySetting: $"{CoinGeckoOptions.SectionName}:ApiKey (and Plan)");
        var response = await _http.GetAsync(request, raw, cancellationToken);
        var global = CoinGeckoGlobalParser.Parse(SourceName, response);
        EnsureFigureBelongsTo(day, global.UpdatedAt);

        var point = new MarketCapPoint(day, global.TotalMarketCapUsd, global.TotalVolumeUsd);
        return new SourceFetch(new DailySnapshot(SourceName, day, point, [], []), raw);
    }

    /// <summary>
    /// CoinGecko's current figures (/global, /coins/markets) stand for today and, until the grace period after
    /// midnight UTC is over, for the day that just closed; never for an older day.
    /// </summary>
    internal static bool ServesCurrentFigureFor(DateOnly day, MarketDataClock clock, CoinGeckoOptions options)
    {
        var today = clock.Today;
        var sinceMidnight = clock.UtcNow - MarketDataClock.StartOf(today);
        return day == today || (day == today.AddDays(-1) && sinceMidnight <= options.YesterdayGracePeriod);
    }

    private void EnsureServable(DateOnly day)
    {
        var today = _clock.Today;
        if (ServesCurrentFigureFor(day, _clock, _options))
        {
            return;
        }
        var why = day > today
            ? $"{day:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} UTC)."
            : $"CoinGecko's /global only gives the current total, so it can fill {today:yyyy-MM-dd} and, until "
              + $"{_options.YesterdayGracePeriod.TotalHours:0.#} h after midnight UTC, {today.AddDays(-1):yyyy-MM-dd}; {day:yyyy-MM-dd} is older.";
        throw new MarketDataSourceException(
            SourceName, SourceFailure.NotAvailableForDay,
            why + " Seed past days by importing history from CSV (global.csv: date,total_market_cap_usd,total_volume_usd) into the data folder.");
    }

    /// <summary>The figure's own timestamp must fall in the day, or just after its close within the grace period.</summary>
    private void EnsureFigureBelongsTo(DateOnly day, DateTimeOffset updatedAt)
    {
        var from = MarketDataClock.StartOf(day);
        var until = MarketDataClock.StartOf(day.AddDays(1)) + _options.YesterdayGracePeriod;
        if (updatedAt < from || updatedAt > until)
        {
            throw new MarketDataSourceException(
                SourceName, SourceFailure.InvalidData,
                $"/global was last updated at {updatedAt:yyyy-MM-dd HH:mm:ss}Z, which is not a figure for {day:yyyy-MM-dd}; refusing to store it under that day.");
        }
    }
}
