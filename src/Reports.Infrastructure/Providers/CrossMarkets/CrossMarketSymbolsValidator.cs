using Microsoft.Extensions.Options;

namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>At start-up, every name in MarketData:CrossMarkets must have a symbol in each enabled provider's map.</summary>
internal sealed class CrossMarketSymbolsValidator<TOptions>(IOptions<MarketDataOptions> market) : IValidateOptions<TOptions>
    where TOptions : class, ICrossMarketSymbolMap
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Skip;
        }
        var missing = market.Value.CrossMarkets.Where(m => !options.SymbolMap.ContainsKey(m)).ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{options.Section}:Symbols has no symbol for {string.Join(", ", missing)} (listed in MarketData:CrossMarkets); add e.g. {options.Section}:Symbols:{missing[0]}.");
    }
}
