using System.ComponentModel.DataAnnotations;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>What the two cross-market providers share: a base URL and a map from market name (GOLD) to their symbol.</summary>
public abstract class CrossMarketProviderOptions : HttpSourceOptions, ICrossMarketSymbolMap
{
    protected CrossMarketProviderOptions(string baseUrl, IEnumerable<KeyValuePair<string, string>> symbols)
    {
        BaseUrl = baseUrl;
        Symbols = new Dictionary<string, string>(symbols, StringComparer.OrdinalIgnoreCase);
        // Neither publishes a per-minute limit; a few markets a day need only a handful of calls.
        RateLimitPermits = 30;
    }

    [Required]
    public string BaseUrl { get; set; }

    /// <summary>Cross-market name → this provider's symbol; configured entries add to or replace the defaults.</summary>
    public Dictionary<string, string> Symbols { get; set; }

    /// <summary>The configuration section, for messages.</summary>
    protected abstract string Section { get; }

    string ICrossMarketSymbolMap.Section => Section;

    IReadOnlyDictionary<string, string> ICrossMarketSymbolMap.SymbolMap => Symbols;

    protected override IEnumerable<(string Setting, string? Value)> BaseUrls => [($"{Section}:BaseUrl", BaseUrl)];
}
