using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>One market's daily bar from Stooq's CSV download; null when Stooq has no session that day.</summary>
internal sealed class StooqClient
{
    private readonly ProviderHttp _http;
    private readonly StooqOptions _options;

    public StooqClient(HttpClient http, IOptions<StooqOptions> options, MarketDataClock clock, ILogger<StooqClient> logger)
    {
        _options = options.Value;
        _http = new ProviderHttp(http, CrossMarketSource.SourceName, clock, logger);
    }

    public async Task<Candle?> ReadDayAsync(string market, DateOnly day, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        var symbol = _options.Symbols[market];
        var date = QueryValues.CompactDate(day);
        var request = ProviderRequest.Get(
            _options.BaseUrl, "q/d/l/",
            [("s", symbol), ("i", "d"), ("d1", date), ("d2", date)],
            baseUrlSetting: $"{StooqOptions.SectionName}:BaseUrl",
            keySetting: $"{StooqOptions.SectionName}:ApiKey",
            secretQuery: string.IsNullOrWhiteSpace(_options.ApiKey) ? null : ("apikey", _options.ApiKey));
        var response = await _http.GetAsync(request, raw, cancellationToken);
        var bars = StooqCsvParser.Parse(_http.Source, response, symbol);
        if (bars.FirstOrDefault(b => b.Day != day) is { } other)
        {
            throw JsonValues.Invalid(_http.Source, $"asked Stooq for {symbol} on {day:yyyy-MM-dd} but it answered a bar for {other.Day:yyyy-MM-dd}.");
        }
        return bars.Count switch
        {
            0 => null,
            1 => bars[0],
            _ => throw JsonValues.Invalid(_http.Source, $"Stooq returned {bars.Count} bars for {symbol} on {day:yyyy-MM-dd}; expected one."),
        };
    }

    /// <summary>Every session's bar from <paramref name="from"/> through <paramref name="to"/> in one download (the history bootstrap).</summary>
    public async Task<IReadOnlyList<Candle>> ReadRangeAsync(string market, DateOnly from, DateOnly to, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        var symbol = _options.Symbols[market];
        var request = ProviderRequest.Get(
            _options.BaseUrl, "q/d/l/",
            [("s", symbol), ("i", "d"), ("d1", QueryValues.CompactDate(from)), ("d2", QueryValues.CompactDate(to))],
            baseUrlSetting: $"{StooqOptions.SectionName}:BaseUrl",
            keySetting: $"{StooqOptions.SectionName}:ApiKey",
            secretQuery: string.IsNullOrWhiteSpace(_options.ApiKey) ? null : ("apikey", _options.ApiKey));
        var response = await _http.GetAsync(request, raw, cancellationToken);
        var bars = StooqCsvParser.Parse(_http.Source, response, symbol);
        if (bars.FirstOrDefault(b => b.Day < from || b.Day > to) is { } other)
        {
            throw JsonValues.Invalid(_http.Source, $"asked Stooq for {symbol} {from:yyyy-MM-dd}..{to:yyyy-MM-dd} but it answered a bar for {other.Day:yyyy-MM-dd}.");
        }
        if (bars.GroupBy(b => b.Day).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw JsonValues.Invalid(_http.Source, $"Stooq returned two {symbol} bars for {twice.Key:yyyy-MM-dd}.");
        }
        return bars;
    }
}
