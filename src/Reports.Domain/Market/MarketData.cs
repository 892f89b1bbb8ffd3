namespace Reports.Domain.Market;

/// <summary>The whole loaded history a report is computed from. Assets are ordered BTC, ETH, then by symbol.</summary>
public sealed record MarketData(
    IReadOnlyList<MarketCapPoint> Global,
    IReadOnlyList<AssetSeries> Assets,
    IReadOnlyList<CrossMarketSeries> CrossMarkets,
    IReadOnlyList<MarketEvent> Events,
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyList<DataWarning> Warnings)
{
    public static MarketData Empty { get; } = new([], [], [], [], [], []);

    /// <summary>The name of the per-coin caps' entry in <see cref="Sources"/>, whichever store read them.</summary>
    public const string CoinCapsSourceName = "Per-coin market caps";

    /// <summary>Per-coin market caps of the top coins, sorted by day then ticker (ordinal); empty when none are stored.</summary>
    public IReadOnlyList<CoinMarketCap> CoinCaps { get; init; } = [];

    public AssetSeries? Asset(string symbol) =>
        Assets.FirstOrDefault(a => string.Equals(a.Symbol, symbol, StringComparison.OrdinalIgnoreCase));

    /// <summary>The latest UTC day for which we have a daily close of any asset or a global figure.</summary>
    public DateOnly? LastDay =>
        Assets.SelectMany(a => a.Daily.Count > 0 ? [a.Daily[^1].Day] : Array.Empty<DateOnly>())
            .Concat(Global.Count > 0 ? [Global[^1].Date] : Array.Empty<DateOnly>())
            .Cast<DateOnly?>()
            .Max();

    /// <summary>Orders asset symbols the way the report lists them: BTC, ETH, then alphabetically.</summary>
    public static int CompareSymbols(string a, string b) => Rank(a).CompareTo(Rank(b)) is var r and not 0 ? r : string.CompareOrdinal(a, b);

    private static int Rank(string s) => s.ToUpperInvariant() switch { "BTC" => 0, "ETH" => 1, _ => 2 };
}
