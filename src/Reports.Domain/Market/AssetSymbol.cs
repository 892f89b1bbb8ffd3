namespace Reports.Domain.Market;

/// <summary>
/// The name of a crypto asset or cross market (BTC, ETH, GOLD): 1 to <see cref="MaxLength"/> ASCII letters or digits,
/// kept upper-case. Names reach file names, blob paths and URLs, so this is the one rule every edge checks: the CLI's
/// --assets, data-folder file names, GetReport's assets parameter, MarketData settings and <see cref="DailySnapshotRules"/>.
/// </summary>
/// <remarks>20 characters holds every ticker the providers list (the longest seen are around 12, e.g. 1000SATS) with room to spare.</remarks>
public readonly record struct AssetSymbol
{
    public const int MaxLength = 20;

    /// <summary>The rule in words, for error messages.</summary>
    public const string Rule = "1-20 letters A-Z or digits";

    private AssetSymbol(string value) => Value = value;

    /// <summary>The upper-case symbol, e.g. "BTC".</summary>
    public string Value { get; }

    /// <summary>Reads a symbol in any case ("btc" gives BTC); false for anything else: empty, too long, spaces, punctuation, non-ASCII.</summary>
    public static bool TryParse(string? text, out AssetSymbol symbol)
    {
        symbol = default;
        if (text is not { Length: > 0 and <= MaxLength } || !text.All(char.IsAsciiLetterOrDigit)) return false;
        symbol = new AssetSymbol(text.ToUpperInvariant());
        return true;
    }

    /// <summary>True when <paramref name="text"/> is already a symbol as stored data holds it: upper-case.</summary>
    public static bool IsCanonical(string? text) => TryParse(text, out var symbol) && symbol.Value == text;

    public override string ToString() => Value ?? "";
}
