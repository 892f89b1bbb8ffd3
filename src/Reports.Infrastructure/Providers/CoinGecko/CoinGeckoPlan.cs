namespace Reports.Infrastructure.Providers.CoinGecko;

/// <summary>CoinGecko API plan: decides the host and the key header.</summary>
public enum CoinGeckoPlan
{
    /// <summary>Free Demo key (or none): api.coingecko.com, header x-cg-demo-api-key, about 30 calls a minute.</summary>
    Demo,
    /// <summary>Paid key: pro-api.coingecko.com, header x-cg-pro-api-key.</summary>
    Pro,
}
