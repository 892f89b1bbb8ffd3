using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>One market's daily bar from Yahoo's chart API (the fallback); null when there was no session that day.</summary>
internal sealed class YahooChartClient
{
    public const string ProviderName = "yahoo";

    private readonly ProviderHttp _http;
    private readonly YahooOptions _options;

    public YahooChartClient(HttpClient http, IOptions<YahooOptions> options, MarketDataClock clock, ILogger<YahooChartClient> logger)
    {
        _options = options.Value;
        _http = new ProviderHttp(http, ProviderName, clock, logger);
    }

    public bool Enabled => _options.Enabled;

    public async Task<Candle?> ReadDayAsync(string market, DateOnly day, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        var symbol = _options.Symbols[market];
        // A session's local date can differ from its UTC date, so ask for a day either side and pick by local date.
        var request = ProviderRequest.Get(
            _options.BaseUrl, $"v8/finance/chart/{Uri.EscapeDataString(symbol)}",
            [
                ("period1", QueryValues.UnixSeconds(MarketDataClock.StartOf(day.AddDays(-1)))),
                ("period2", QueryValues.UnixSeconds(MarketDataClock.StartOf(day.AddDays(2)))),
                ("interval", "1d"),
            ],
            baseUrlSetting: $"{YahooOptions.SectionName}:BaseUrl");
        var response = await _http.GetAsync(request, raw, cancellationToken);
        var bars = YahooChartParser.Parse(_http.Source, response, symbol);
        if (bars.FirstOrDefault(b => b.Date < day.AddDays(-1) || b.Date > day.AddDays(1)) is { } stray)
        {
            throw JsonValues.Invalid(_http.Source, $"asked Yahoo for {symbol} around {day:yyyy-MM-dd} but it answered a bar for {stray.Date:yyyy-MM-dd}.");
        }
        var sessions = bars.Where(b => b.Date == day).ToList();
        return sessions.Count switch
        {
            0 => null,
            1 => YahooChartParser.ToCandle(_http.Source, sessions[0], symbol),
            _ => throw JsonValues.Invalid(_http.Source, $"Yahoo returned {sessions.Count} bars for {symbol} on {day:yyyy-MM-dd}; expected one."),
        };
    }

    /// <summary>Every session from <paramref name="from"/> through <paramref name="to"/> (local trading dates) in one call.</summary>
    public async Task<IReadOnlyList<Candle>> ReadRangeAsync(string market, DateOnly from, DateOnly to, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        var symbol = _options.Symbols[market];
        var request = ProviderRequest.Get(
            _options.BaseUrl, $"v8/finance/chart/{Uri.EscapeDataString(symbol)}",
            [
                ("period1", QueryValues.UnixSeconds(MarketDataClock.StartOf(from.AddDays(-1)))),
                ("period2", QueryValues.UnixSeconds(MarketDataClock.StartOf(to.AddDays(2)))),
                ("interval", "1d"),
            ],
            baseUrlSetting: $"{YahooOptions.SectionName}:BaseUrl");
        var response = await _http.GetAsync(request, raw, cancellationToken);
        var sessions = YahooChartParser.Parse(_http.Source, response, symbol).Where(b => b.Date >= from && b.Date <= to).ToList();
        if (sessions.GroupBy(b => b.Date).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw JsonValues.Invalid(_http.Source, $"Yahoo returned two {symbol} bars for {twice.Key:yyyy-MM-dd}.");
        }
        return sessions.Select(b => YahooChartParser.ToCandle(_http.Source, b, symbol)).ToList();
    }
}
