namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>Settings of Yahoo Finance's chart API, the cross-market fallback when Stooq fails (section <c>MarketData:Yahoo</c>).</summary>
public sealed class YahooOptions() : CrossMarketProviderOptions(
    "https://query1.finance.yahoo.com",
    [new("GOLD", "GC=F"), new("SILVER", "SI=F"), new("NASDAQ", "^IXIC")])
{
    public const string SectionName = "MarketData:Yahoo";

    protected override string Section => SectionName;
}
