using System.ComponentModel.DataAnnotations;
using Reports.Infrastructure.MarketData.Http;

namespace Reports.Infrastructure.MarketData.CrossMarkets;

/// <summary>Settings of Stooq, the primary cross-market source (section <c>MarketData:Stooq</c>).</summary>
public sealed class StooqOptions : HttpSourceOptions, ICrossMarketSymbolMap
{
    public const string SectionName = "MarketData:Stooq";

    public StooqOptions()
    {
        // Stooq publishes no limit but counts daily hits; a few markets a day need only a handful of calls.
        RateLimitPermits = 30;
    }

    [Required]
    public string BaseUrl { get; set; } = "https://stooq.com";

    /// <summary>Stooq's download key, sent as the apikey query parameter when set (never recorded).</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Cross-market name → Stooq symbol. Gold and silver default to the front-month futures (gc.f, si.f) so the
    /// Yahoo fallback (GC=F, SI=F) quotes the same instrument; use xauusd/xagusd for spot.
    /// </summary>
    public Dictionary<string, string> Symbols { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GOLD"] = "gc.f",
        ["SILVER"] = "si.f",
        ["NASDAQ"] = "^ndq",
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
