using Reports.Domain.Market;

namespace Reports.Domain.Tests.Analysis;

/// <summary>
/// A small market whose every figure can be worked out by hand (see the expected values in the tests).
/// Report day D = 2026-01-10 (a Saturday: the cross market's last close is Friday 9 January).
/// </summary>
internal static class Fixture
{
    public static readonly DateOnly D = new(2026, 1, 10);
    public const decimal Billion = 1_000_000_000m;

    public static MarketData Data(
        Func<DateOnly, decimal>? cap = null,
        bool withDerivatives = true,
        bool withGlobal = true,
        IReadOnlyList<MarketEvent>? events = null) => new(
        withGlobal ? Global(cap ?? SelloffCap) : [],
        [
            new AssetSeries("BTC", BtcDaily(), [], withDerivatives ? BtcDerivatives() : []),
            new AssetSeries("ETH", EthDaily(), [], []),
        ],
        [new CrossMarketSeries("GOLD", Gold())],
        events ?? [],
        [new SourceInfo("BTC daily candles", "daily/BTC.csv", new DateOnly(2025, 11, 1), D, 71)],
        []);

    /// <summary>3,000 bn flat; 3,600 bn cycle peak on 5 Dec; 3,400 bn swing high on 20 Dec; 3,100 bn on D−1; 2,900 bn on D.</summary>
    public static decimal SelloffCap(DateOnly d) => d switch
    {
        { Year: 2025, Month: 12, Day: 5 } => 3_600 * Billion,
        { Year: 2025, Month: 12, Day: 20 } => 3_400 * Billion,
        { Year: 2026, Month: 1, Day: 9 } => 3_100 * Billion,
        { Year: 2026, Month: 1, Day: 10 } => 2_900 * Billion,
        _ => 3_000 * Billion,
    };

    public static IReadOnlyList<MarketCapPoint> Global(Func<DateOnly, decimal> cap) =>
        Days(new DateOnly(2025, 12, 1), D)
            .Select(d => new MarketCapPoint(d, cap(d), d == D ? 160 * Billion : d == new DateOnly(2025, 12, 25) ? 150 * Billion : 100 * Billion))
            .ToList();

    /// <summary>
    /// Close 100,000 (low 99,000) every day except: 15 Nov low 80,000; 31 Dec close 90,000 (low 89,000);
    /// 3 Jan close 95,000 (low 94,000); 9 Jan close 92,000 (low 91,000); D: O 92,000 H 93,000 L 85,000 C 88,000.
    /// </summary>
    public static IReadOnlyList<Candle> BtcDaily() =>
        Days(new DateOnly(2025, 11, 1), D).Select(d => d switch
        {
            { Month: 11, Day: 15 } => Candle.Daily(d, 100_000, 101_000, 80_000, 100_000, 1_000),
            { Month: 12, Day: 31 } => Candle.Daily(d, 100_000, 101_000, 89_000, 90_000, 1_000),
            { Year: 2026, Day: 3 } => Candle.Daily(d, 100_000, 101_000, 94_000, 95_000, 1_000),
            { Year: 2026, Day: 9 } => Candle.Daily(d, 100_000, 101_000, 91_000, 92_000, 1_000),
            { Year: 2026, Day: 10 } => Candle.Daily(d, 92_000, 93_000, 85_000, 88_000, 2_000),
            _ => Candle.Daily(d, 100_000, 101_000, 99_000, 100_000, 1_000),
        }).ToList();

    /// <summary>Close 3,000 every day; D closes at 2,700 (low 2,650).</summary>
    public static IReadOnlyList<Candle> EthDaily() =>
        Days(new DateOnly(2025, 11, 1), D)
            .Select(d => d == D ? Candle.Daily(d, 3_000, 3_010, 2_650, 2_700, 500) : Candle.Daily(d, 3_000, 3_010, 2_990, 3_000, 500))
            .ToList();

    /// <summary>OI 40 bn, 50 bn on D; liquidations 100 m/50 m a day, 300 m/100 m on 20 Dec, 800 m/200 m on D.</summary>
    public static IReadOnlyList<DerivativesPoint> BtcDerivatives() =>
        Days(new DateOnly(2025, 12, 1), D).Select(d => d switch
        {
            _ when d == D => new DerivativesPoint(d, 50 * Billion, 800_000_000m, 200_000_000m),
            { Month: 12, Day: 20 } => new DerivativesPoint(d, 40 * Billion, 300_000_000m, 100_000_000m),
            _ => new DerivativesPoint(d, 40 * Billion, 100_000_000m, 50_000_000m),
        }).ToList();

    /// <summary>Weekdays only: close 2,000; Fri 2 Jan 2,100; Fri 9 Jan 1,995.</summary>
    public static IReadOnlyList<Candle> Gold() =>
        Days(new DateOnly(2025, 11, 1), D)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(d => d switch
            {
                { Year: 2026, Day: 2 } => Candle.Daily(d, 2_000, 2_100, 2_000, 2_100, 0),
                { Year: 2026, Day: 9 } => Candle.Daily(d, 2_000, 2_000, 1_990, 1_995, 0),
                _ => Candle.Daily(d, 2_000, 2_000, 2_000, 2_000, 0),
            }).ToList();

    public static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }
}
