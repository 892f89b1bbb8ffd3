namespace Reports.Domain.Market;

/// <summary>One coin's market capitalisation on one UTC day (the input of the flow attribution).</summary>
public sealed record CoinMarketCap(DateOnly Date, string Symbol, decimal MarketCapUsd, CoinCategory Category)
{
    /// <summary>The rule for a coin ticker in words, for messages.</summary>
    public const string TickerRule = "1-20 characters A-Z, 0-9, '.' or '-', starting with a letter or digit";

    /// <summary>
    /// The one rule for a per-coin ticker (marketcaps.csv, the marketcaps blobs, the history bootstrap): upper-case
    /// A-Z, 0-9, '.' and '-', 1-20 characters, so a data-folder field never needs quoting. Wider than
    /// <see cref="AssetSymbol"/> because the top 100 coins include tickers such as "BTC.B" and "USD-X".
    /// </summary>
    public static bool IsTicker(string? text)
    {
        if (text is not { Length: > 0 and <= AssetSymbol.MaxLength } || !IsTickerChar(text[0]) || text[0] is '.' or '-') return false;
        foreach (var c in text)
        {
            if (!IsTickerChar(c)) return false;
        }
        return true;
    }

    private static bool IsTickerChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '.' or '-';
}

/// <summary>Stablecoins park money on-chain; everything else is a risk asset.</summary>
public enum CoinCategory
{
    Other,
    Stablecoin,
}
