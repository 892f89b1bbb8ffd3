namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>Options that map a cross-market name (GOLD) to a provider's symbol for it.</summary>
internal interface ICrossMarketSymbolMap
{
    /// <summary>Configuration section, for messages.</summary>
    string Section { get; }

    /// <summary>False when the provider is switched off, so its map need not be complete.</summary>
    bool Enabled { get; }

    IReadOnlyDictionary<string, string> SymbolMap { get; }
}
