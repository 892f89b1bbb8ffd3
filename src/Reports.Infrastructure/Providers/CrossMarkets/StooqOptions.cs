namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>
/// Settings of Stooq, the primary cross-market source (section <c>MarketData:Stooq</c>). Gold and silver default to
/// the front-month futures (gc.f, si.f) so the Yahoo fallback (GC=F, SI=F) quotes the same instrument; map them
/// to xauusd/xagusd for spot.
/// </summary>
public sealed class StooqOptions() : CrossMarketProviderOptions(
    "https://stooq.com",
    [new("GOLD", "gc.f"), new("SILVER", "si.f"), new("NASDAQ", "^ndq")])
{
    public const string SectionName = "MarketData:Stooq";

    /// <summary>Stooq's download key, sent as the apikey query parameter when set (never recorded or logged).</summary>
    public string? ApiKey { get; set; }

    protected override string Section => SectionName;
}
