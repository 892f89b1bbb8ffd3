using System.ComponentModel.DataAnnotations;
using Reports.Infrastructure.MarketData.Http;

namespace Reports.Infrastructure.MarketData.CrossMarkets;

/// <summary>Settings of the Yahoo Finance chart API, the cross-market fallback when Stooq fails (section <c>MarketData:Yahoo</c>).</summary>
public sealed class YahooOptions : HttpSourceOptions, ICrossMarketSymbolMap
{
    public const string SectionName = "MarketData:Yahoo";

    public YahooOptions()
    {
        RateLimitPermits = 30;
    }

    [Required]
    public string BaseUrl { get; set; } = "https://query1.finance.yahoo.com";

    /// <summary>Cross-market name → Yahoo symbol.</summary>
    public Dictionary<string, string> Symbols { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GOLD"] = "GC=F",
        ["SILVER"] = "SI=F",
        ["NASDAQ"] = "^IXIC",
    };

    string ICrossMarketSymbolMap.Section => SectionName;

    IReadOnlyDictionary<string, string> ICrossMarketSymbolMap.SymbolMap => Symbols;

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }
        if (AbsoluteHttpUrl(BaseUrl, $"{SectionName}:BaseUrl") is { } bad)
        {
            yield return bad;
        }
    }
}
