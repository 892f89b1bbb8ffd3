using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Reports.Domain.Market;

namespace Reports.Infrastructure.Providers;

/// <summary>What to ingest (section <c>MarketData</c>): crypto assets and cross markets, shared by every source.</summary>
public sealed class MarketDataOptions : IValidatableObject
{
    public const string SectionName = "MarketData";

    /// <summary>Crypto asset symbols, e.g. BTC, ETH, SOL. Configure as a list or one comma-separated value.</summary>
    [MinLength(1)]
    public IReadOnlyList<string> Assets { get; set; } = ["BTC", "ETH", "SOL"];

    /// <summary>Cross-market names, e.g. GOLD, SILVER, NASDAQ; each needs a symbol in the Stooq (and Yahoo) map.</summary>
    public IReadOnlyList<string> CrossMarkets { get; set; } = ["GOLD", "SILVER", "NASDAQ"];

    /// <summary>
    /// Reads the lists by hand: the configuration binder appends bound items to a list's defaults instead of
    /// replacing them, and cannot split "BTC,ETH,SOL" given as one value (the usual form in an environment variable).
    /// </summary>
    internal void BindFrom(IConfigurationSection section)
    {
        Assets = ReadList(section.GetSection(nameof(Assets)), Assets);
        CrossMarkets = ReadList(section.GetSection(nameof(CrossMarkets)), CrossMarkets);
    }

    private static IReadOnlyList<string> ReadList(IConfigurationSection section, IReadOnlyList<string> fallback)
    {
        var items = section.Value is { } single
            ? single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value?.Trim() ?? string.Empty).ToArray();
        return section.Exists() ? items.Select(i => i.ToUpperInvariant()).ToArray() : fallback;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, list) in new[] { (nameof(Assets), Assets), (nameof(CrossMarkets), CrossMarkets) })
        {
            foreach (var item in list.Where(i => !AssetSymbol.IsCanonical(i)))
            {
                yield return new ValidationResult($"MarketData:{name} has '{item}'; use {AssetSymbol.Rule}, e.g. BTC.", [name]);
            }
            foreach (var duplicate in list.GroupBy(i => i).Where(g => g.Count() > 1))
            {
                yield return new ValidationResult($"MarketData:{name} lists '{duplicate.Key}' twice.", [name]);
            }
        }
    }
}
