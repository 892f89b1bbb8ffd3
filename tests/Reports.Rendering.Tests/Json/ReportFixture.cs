using Reports.Domain.Analysis;
using Reports.Domain.Watch;
using Reports.Domain.Market;
using Reports.Domain.Narrative;

namespace Reports.Rendering.Tests.Json;

/// <summary>
/// Hand-written reports shaped like real days, shared by the JSON and HTML tests.
/// <see cref="Selloff"/> is the February 2026 drain (several assets, an asset without derivatives, one without
/// data, a market without a correlation); <see cref="Rally"/> is a relief day with most market figures unknown.
/// </summary>
public static class ReportFixture
{
    public static readonly DateOnly SelloffDay = new(2026, 2, 5);
    public static readonly DateOnly RallyDay = new(2026, 3, 2);

    public const string FedUrl = "https://www.federalreserve.gov/newsevents/pressreleases/monetary20260128a.htm";
    public const string EtfUrl = "https://farside.co.uk/bitcoin-etf-flow-all-data/";
    public const string NasdaqOrigin = "https://query1.finance.yahoo.com/v8/finance/chart/%5ENDX";

    // The exact figures tests assert against.
    public const decimal SelloffCap = 2_412_836_551_204.37m;
    public const decimal SelloffSwingHigh = 3_012_554_901_377.12m;
    public const decimal SelloffDrain = SelloffSwingHigh - SelloffCap; // 599_718_350_172.75
    public const int SelloffDrainDays = 22;
    public const decimal SelloffDailyChangePct = -5.8995512345m;
    public const decimal BtcClose = 71_204.80m;

    public static FlowReport Selloff()
    {
        var d = SelloffDay;
        var market = new MarketFlow(
            TotalMarketCapUsd: SelloffCap,
            PreviousMarketCapUsd: 2_564_109_332_871.90m,
            DailyChangePct: SelloffDailyChangePct,
            SwingHigh: new DatedValue(new(2026, 1, 14), SelloffSwingHigh),
            DrainUsd: SelloffDrain,
            DrainPerDayUsd: SelloffDrain / SelloffDrainDays,
            DrainDays: SelloffDrainDays,
            CyclePeak: new DatedValue(new(2025, 10, 6), 4_379_902_117_650.44m),
            LossFromPeakUsd: 4_379_902_117_650.44m - SelloffCap,
            LossFromPeakPct: 44.9111734905m, // positive like LossFromPeakUsd: 44.9% below the peak
            TotalVolumeUsd: 218_400_112_345.5m,
            VolumeRecord: true,
            PreviousVolumeRecord: new DatedValue(new(2025, 10, 10), 201_900_004_511m),
            Liquidations: new LiquidationFlow(1_912_345_678.90m, 212_654_321.10m, 2_125_000_000.00m, Record: false,
                PreviousRecord: new DatedValue(new(2025, 10, 10), 19_130_000_000m), Assets: ["BTC", "ETH", "SOL"]));

        AssetFlow[] assets =
        [
            new("BTC", true, 76_950.12m, 77_410.00m, 70_113.55m, BtcClose, -7.4666123m, new(2024, 11, 6), false,
                -14.6312m, -18.6783m, new DatedValue(new(2025, 12, 31), 87_560.33m), 98_100_000_000m,
                52_300_000_000m, -11.204m, 812_000_000m, 91_000_000m,
                [
                    new("26 Jan low", 74_420.00m, new(2026, 1, 26), BrokenOnDay: true, ClosedBelow: true, DistancePct: -4.3203977425m) { NamedByDate = true },
                    new("21 Nov 2025 low", 80_537.00m, new(2025, 11, 21), BrokenOnDay: false, ClosedBelow: true, DistancePct: -11.587518m) { NamedByDate = true },
                ],
                new Momentum(540, 400, 24.318765432, 21.9, -1234.56789123, -987.654321, -246.91357023, -201.77, -0.184321987, MomentumReading.Oversold)),
            new("ETH", true, 2_301.50m, 2_315.88m, 2_011.02m, 2_104.37m, -8.56443m, new(2025, 4, 9), false,
                -20.7549m, -30.2218m, new DatedValue(new(2025, 12, 31), 3_016.11m), 41_700_000_000m,
                24_900_000_000m, -15.5m, 690_000_000m, 70_000_000m,
                [new("25 Jan low", 2_380.40m, new(2026, 1, 25), true, true, -11.5968744m) { NamedByDate = true }],
                new Momentum(540, 400, 28.71, 26.02, -88.4321, -61.2, -27.2321, -25.9, -0.2412, MomentumReading.Downtrend)),
            new("SOL", true, 93.10m, 96.42m, 84.77m, 88.05m, -5.4243m, null, true,
                -16.05m, -33.9m, new DatedValue(new(2025, 12, 31), 133.20m), 6_300_000_000m,
                5_100_000_000m, 2.0049m, 210_000_000m, 51_654_321.1m,
                [new("24 Jan low", 97.15m, new(2026, 1, 24), true, true, -9.3669583m) { NamedByDate = true }],
                new Momentum(540, 400, 33.1, 25.4, -4.05, -4.9, 0.85, 0.31, -0.09, MomentumReading.CorrectiveBounceInDowntrend)),
            // No derivatives and too few 4h candles for the indicators.
            new("XRP", true, 1.5121m, 1.5377m, 1.3402m, 1.3911m, -7.9955m, new(2025, 7, 1), false,
                -12.3m, -24.4m, new DatedValue(new(2025, 12, 31), 1.8401m), 3_200_000_000m,
                null, null, null, null, [], Momentum.None(20, 400)),
            // Listed in the data folder but no candle on D.
            new("DOGE", false, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null, [],
                Momentum.None(0, 0)),
        ];

        Divergence[] divergences =
        [
            new("BTC", "ETH", 6.1237m, 11.5435m, 4.391234567, 0.0568790123),
            new("SOL", "ETH", 4.7049m, null, null, null),
        ];

        CrossMarketFlow[] crossMarkets =
        [
            new("Nasdaq 100", new(2026, 2, 5), 20_812.40m, -2.1038m, -4.4125m, new DatedValue(new(2026, 1, 22), 21_900.10m), -4.9666m, 0.61234567891, 24),
            new("Gold", new(2026, 2, 5), 4_890.20m, 1.2m, 3.1m, new DatedValue(new(2026, 2, 5), 4_890.20m), 0m, -0.12, 22),
            new("Nikkei 225", null, null, null, null, null, null, null, 0),
        ];

        MarketEvent[] events =
        [
            new(new(2026, 1, 28), "central-bank", "FOMC holds the target range at 3.50–3.75 % and signals patience", FedUrl),
            new(new(2026, 2, 3), "etf-flows", "Spot bitcoin ETFs record $1.1 billion of net outflows", EtfUrl),
            new(new(2026, 2, 4), "hack", "Exchange hot wallet drained of $38 million in ETH", null),
        ];

        Catalyst[] catalysts =
        [
            new(CatalystKind.CrossMarketSelloff, "Nasdaq 100", -4.4125m, new(2026, 2, 5), "Tech stocks fell for a second week", null),
            new(CatalystKind.HighCorrelation, "Nasdaq 100", 0.61m, null, "BTC tracked the index over 24 days", null),
            new(CatalystKind.Event, "market", null, new(2026, 2, 3), "Spot bitcoin ETFs record $1.1 billion of net outflows", EtfUrl),
            new(CatalystKind.RecordVolume, "market", 218_400_112_345.5m, d, null, null),
            new(CatalystKind.LongSqueeze, "BTC", 812_000_000m, d, "Longs were 90% of BTC liquidations", null),
            new(CatalystKind.SupportBroken, "BTC", 74_420.00m, new(2026, 1, 26), "26 Jan low", null),
        ];

        WatchItem[] watch =
        [
            new(WatchKind.NearestSupport, "BTC", 69_000m, -3.096m, 4_200_000_000m, "Low of 6 November 2024"),
            new(WatchKind.ReclaimBrokenSupport, "BTC", 74_420.00m, 4.5162m, null, null),
            new(WatchKind.SwingHighReclaim, "market", SelloffSwingHigh, 24.8557m, null, null),
            new(WatchKind.MomentumTurn, "ETH", null, null, null, "MACD histogram still falling"),
            new(WatchKind.ScheduledEvent, "central-bank", null, null, null, "FOMC minutes") { Date = new(2026, 2, 18) },
            new(WatchKind.DataGap, "data", null, null, null, "no derivatives data for XRP"),
        ];

        SourceInfo[] sources =
        [
            new("Total market cap", "samples/global.csv", new(2025, 1, 1), d, 401, Provenance: "CoinGecko /global"),
            new("BTC daily candles", "samples/daily/BTC.csv", new(2025, 1, 1), d, 401, Provenance: "Binance spot klines"),
            new("BTC derivatives", "samples/derivatives/BTC.csv", new(2025, 9, 1), d, 158, Synthetic: true, Provenance: "generated by scripts/synth-derivatives"),
            new("Nasdaq 100 daily closes", NasdaqOrigin, new(2025, 1, 2), d, 276, Provenance: "Yahoo Finance"),
        ];

        var analysis = new FlowAnalysis(
            d, AnalysisSettings.Default, market, assets, divergences, crossMarkets, events, catalysts, watch,
            new ChartData(
                MarketCap: Path(d.AddDays(-119), d,
                    (d.AddDays(-119), 4_210_000_000_000m), (new(2025, 11, 21), 2_980_000_000_000m),
                    (new(2025, 12, 10), 3_220_000_000_000m), (new(2025, 12, 31), 2_990_000_000_000m),
                    (new(2026, 1, 14), SelloffSwingHigh), (d.AddDays(-1), 2_564_109_332_871.90m), (d, SelloffCap)),
                Assets:
                [
                    Chart("BTC", Path(d.AddDays(-119), d, (d.AddDays(-119), 122_300m), (new(2025, 11, 21), 80_537m),
                        (new(2026, 1, 14), 97_100m), (new(2026, 1, 26), 86_900m), (d, BtcClose))),
                    Chart("ETH", Path(d.AddDays(-119), d, (d.AddDays(-119), 4_480m), (new(2025, 11, 21), 2_710m),
                        (new(2026, 1, 14), 3_370m), (d, 2_104.37m))),
                    Chart("SOL", Path(d.AddDays(-119), d, (d.AddDays(-119), 225m), (new(2026, 1, 14), 146m), (d, 88.05m))),
                    Chart("XRP", Path(d.AddDays(-119), d, (d.AddDays(-119), 2.85m), (d, 1.3911m))),
                    new AssetChart("DOGE", [], []),
                ]),
            sources,
            Gaps: ["no derivatives data for XRP", "no daily candle for DOGE on 2026-02-05"],
            Warnings:
            [
                new DataWarning("daily/SOL.csv", 412, "duplicate day 2026-01-30 skipped"),
                new DataWarning("events.csv", null, "column 'source_url' missing; events have no links"),
            ])
        {
            History = new MarketHistory(
                RecordsBegin: new(2025, 1, 1), MarketCapRecord: false, PreviousMarketCapRecord: new DatedValue(new(2025, 10, 6), 4_305_000_000_000m),
                DailyMoveRank: 4, DailyMoveDays: 190, LargerMoveSince: new(2025, 10, 10),
                LiquidationsBegin: new(2025, 9, 1), LiquidationsRank: 3, LiquidationDays: 158,
                VolumeRank: 1, VolumeDays: 401, MarketWeekChangePct: -12.3456m,
                SimilarDays: 10, SimilarDaysMedianWeekAfterPct: 1.2345m,
                Volumes: [new AssetVolume("BTC", 61_200_000_000m, 38_000_000_000m, 61.0526m)]),
            YesterdaysCalls =
            [
                new ScoredCall(CallKind.Support, "BTC", "26 Jan low", 74_420.00m, Outcome: false, Tested: true, null)
                {
                    Date = new(2026, 1, 26),
                    NamedByDate = true,
                    Break = new LevelBreak("BTC", WatchLevel.NearestSupport, 74_420.00m, 74_310.5m, new DateTimeOffset(2026, 2, 5, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 5, 14, 0, 0, TimeSpan.Zero)),
                },
                new ScoredCall(CallKind.MomentumTurn, "BTC", "Oversold", null, Outcome: false, Tested: false, MomentumReading.Oversold),
            ],
            // The drain's $599.7 billion split by part (the day's window is missing: no caps for D−1).
            Attribution = new FlowAttribution(
                d, TopCoins: 100, TotalMarketCapUsd: SelloffCap, BtcMarketCapUsd: 1_423_000_000_000.25m, EthMarketCapUsd: 221_000_000_000m,
                StablecoinSupplyUsd: 228_300_000_000m, RestOfTopUsd: 456_536_551_204.12m, OutsideTopUsd: 84_000_000_000m,
                BtcDominancePct: 58.976543m, TrackedAssets: ["BTC", "ETH", "SOL", "XRP", "DOGE"], Day: null,
                Week: new AttributionWindow(
                    AttributionPeriod.Week, d.AddDays(-7), d, 2_750_000_000_000m, SelloffCap,
                    BtcUsd: -190_000_000_000m, EthUsd: -60_000_000_000m, StablecoinsUsd: 1_200_000_000m, RestOfTopUsd: -70_000_000_000m,
                    OutsideTopUsd: SelloffCap - 2_750_000_000_000m + 190_000_000_000m + 60_000_000_000m - 1_200_000_000m + 70_000_000_000m,
                    FromBtcDominancePct: 58.654321m, ToBtcDominancePct: 58.976543m, FromStablecoinSupplyUsd: 227_100_000_000m, ToStablecoinSupplyUsd: 228_300_000_000m,
                    TrackedAssetsUsd: null, FlightToQuality: true),
                Drain: new AttributionWindow(
                    AttributionPeriod.Drain, new(2026, 1, 14), d, SelloffSwingHigh, SelloffCap,
                    BtcUsd: -320_000_000_000m, EthUsd: -110_000_000_000m, StablecoinsUsd: 4_000_000_000m, RestOfTopUsd: -130_000_000_000m,
                    OutsideTopUsd: -SelloffDrain + 320_000_000_000m + 110_000_000_000m - 4_000_000_000m + 130_000_000_000m,
                    FromBtcDominancePct: 57.9m, ToBtcDominancePct: 58.976543m, FromStablecoinSupplyUsd: 224_300_000_000m, ToStablecoinSupplyUsd: 228_300_000_000m,
                    TrackedAssetsUsd: -455_000_000_000m, FlightToQuality: true)),
        };

        var article = new Article(
            d,
            "Crypto's $600 Billion Drain: Bitcoin Breaks Its January Floor",
            "Total crypto market value fell 5.9% to $2.413 trillion, the weakest close for bitcoin since November 2024, as record volume met a tech selloff.",
            [
                new("Total market cap", "$2.413 trillion", "−5.9% on the day"),
                new("Drain since 14 Jan", "$599.7 billion", "22 days, $27.3 billion a day"),
                new("Bitcoin close", "$71,204.80", "weakest since 6 Nov 2024"),
                new("Liquidations", "$2.1 billion", "longs 90.0%"),
                new("Cross-market", "Nasdaq 100 −4.4% on the week", null),
            ],
            [
                new("The drain", [
                    P(S("Total crypto market value fell 5.9% on 5 February to $2.413 trillion.",
                            ("market.dailyChangePct", "5.9%"), ("market.totalMarketCapUsd", "$2.413 trillion")),
                      S("Since the swing high of 14 January, $599.7 billion has left in 22 days.",
                            ("market.swingHighDate", "14 January"), ("market.drainUsd", "$599.7 billion"), ("market.drainDays", "22"))),
                    P(S("Volume reached a record $218.4 billion while $2.1 billion of positions were liquidated.",
                            ("market.totalVolumeUsd", "$218.4 billion"), ("market.liquidationsUsd", "$2.1 billion"))),
                ]),
                new("Bitcoin and ether", [
                    P(S("Bitcoin closed at $71,204.80, its weakest close since 6 November 2024, after breaking the $74,420.00 floor.",
                            ("assets[BTC].close", "$71,204.80"), ("assets[BTC].weakestSinceDate", "6 November 2024"),
                            ("assets[BTC].supportLevels[0].price", "$74,420.00")),
                      S("Ether fared worse, down 20.8% on the week.", ("assets[ETH].weekChangePct", "20.8%"))),
                ]),
                new("What moved it", [
                    List(S("The Nasdaq 100 lost 4.4% on the week.", ("crossMarkets[Nasdaq 100].weekChangePct", "4.4%")),
                      S("Spot bitcoin ETFs saw $1.1 billion of outflows on 3 February.", []),
                      S("Longs made up 90.0% of liquidations.", [])),
                ]),
                new("What to watch", [
                    List(S("$69,000.00: the November 2024 low, 3.1% below the close.", ("watch[0].level", "$69,000.00")),
                      S("$74,420.00: reclaiming the broken floor would end the breakdown.", ("watch[1].level", "$74,420.00"))),
                ]),
                new("Methodology", [
                    P(S("Derivatives data for bitcoin is synthetic in this sample and marked so in the sources.", [])),
                ]),
            ],
            sources)
        {
            BottomLine = "Bottom line: a washout. A close below $69,000 would turn it into a further leg down.",
        };

        return new FlowReport(analysis, article);
    }

    /// <summary>A relief rally: money arriving (negative drain), short squeeze, no volume or liquidation data.</summary>
    public static FlowReport Rally()
    {
        var d = RallyDay;
        var market = new MarketFlow(
            TotalMarketCapUsd: 2_611_000_000_000m,
            PreviousMarketCapUsd: 2_505_700_000_000m,
            DailyChangePct: 4.2024m,
            SwingHigh: new DatedValue(new(2026, 2, 20), 2_590_000_000_000m),
            DrainUsd: -21_000_000_000m,
            DrainPerDayUsd: -2_100_000_000m,
            DrainDays: 10,
            CyclePeak: null,
            LossFromPeakUsd: null,
            LossFromPeakPct: null,
            TotalVolumeUsd: null,
            VolumeRecord: false,
            PreviousVolumeRecord: null,
            Liquidations: null);

        AssetFlow[] assets =
        [
            new("BTC", true, 74_100m, 78_950.5m, 73_880m, 78_420.15m, 5.83m, null, false, 9.7m, -10.44m,
                new DatedValue(new(2025, 12, 31), 87_560.33m), 61_000_000_000m, 55_100_000_000m, 6.4m, 120_000_000m, 640_000_000m,
                [new("5 Feb low", 70_113.55m, new(2026, 2, 5), false, false, 11.846m) { NamedByDate = true }],
                new Momentum(700, 420, 71.2, 38.5, 512.3, 300.1, 212.2, 150.9, 0.12, MomentumReading.Overbought)),
            new("ETH", true, 2_200m, 2_390m, 2_190m, 2_371.4m, 7.79m, null, false, 12.1m, -21.37m,
                new DatedValue(new(2025, 12, 31), 3_016.11m), 22_000_000_000m, 23_000_000_000m, 3.3m, 45_000_000m, 300_000_000m,
                [], new Momentum(700, 420, 58.0, 31.0, 10.5, 4.2, 6.3, 5.0, 0.03, MomentumReading.RecoveringMomentum)),
        ];

        var analysis = new FlowAnalysis(
            d, AnalysisSettings.Default, market, assets,
            [new("ETH", "BTC", 2.4m, -10.93m, -13.2, -0.09)],
            [new("Nasdaq 100", new(2026, 2, 27), 21_400m, 1.1m, 2.9m, new DatedValue(new(2026, 1, 22), 21_900.10m), -2.2831m, 0.58, 23)],
            [],
            [new(CatalystKind.ShortSqueeze, "BTC", 640_000_000m, d, "Shorts were 84% of BTC liquidations", null),
             new(CatalystKind.CrossMarketRally, "Nasdaq 100", 2.9m, new(2026, 2, 27), null, null)],
            [new(WatchKind.OpenInterestUnwind, "BTC", null, null, 55_100_000_000m, null)],
            new ChartData(
                Path(d.AddDays(-29), d, (d.AddDays(-29), 2_700_000_000_000m), (new(2026, 2, 20), 2_590_000_000_000m), (d, 2_611_000_000_000m)),
                [Chart("BTC", Path(d.AddDays(-29), d, (d.AddDays(-29), 82_000m), (new(2026, 2, 5), 71_204.8m), (d, 78_420.15m)))]),
            [new SourceInfo("Total market cap", "samples/global.csv", new(2025, 1, 1), d, 426)],
            Gaps: ["no volume data", "no liquidation data"],
            Warnings: []);

        var article = new Article(
            d,
            "Shorts Squeezed as $105 Billion Returns",
            "Crypto added 4.2% as bitcoin reclaimed $78,000.",
            [new("Total market cap", "$2.611 trillion", "+4.2% on the day")],
            [new("The rebound", [P(S("Total crypto market value rose 4.2% to $2.611 trillion.",
                ("market.dailyChangePct", "4.2%"), ("market.totalMarketCapUsd", "$2.611 trillion")))])],
            analysis.Sources);

        return new FlowReport(analysis, article);
    }

    private static Paragraph P(params Sentence[] sentences) => new(sentences);

    private static Paragraph List(params Sentence[] items) => new(items, IsList: true);

    private static Sentence S(string text, params (string Path, string Formatted)[] figures) =>
        new(text, [.. figures.Select(f => new FigureRef(f.Path, f.Formatted))]);

    private static AssetChart Chart(string symbol, IReadOnlyList<DatedValue> closes) =>
        new(symbol, closes,
        [
            new(new DateTimeOffset(closes[^1].Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), (double)closes[^1].Value, null, null, null, null),
            new(new DateTimeOffset(closes[^1].Date.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero), (double)closes[^1].Value, 30.5, -1.2, -0.8, -0.4),
        ]);

    /// <summary>A daily series through the anchor values, linear in between, with a small fixed ripple so it looks traded.</summary>
    private static IReadOnlyList<DatedValue> Path(DateOnly from, DateOnly to, params (DateOnly Date, decimal Value)[] anchors)
    {
        var points = new List<DatedValue>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var next = anchors.First(a => a.Date >= day);
            var prev = anchors.Last(a => a.Date <= day);
            var span = next.Date.DayNumber - prev.Date.DayNumber;
            var t = span == 0 ? 0m : (decimal)(day.DayNumber - prev.Date.DayNumber) / span;
            var value = prev.Value + (next.Value - prev.Value) * t;
            var isAnchor = span == 0;
            var ripple = isAnchor ? 0m : value * 0.012m * (decimal)Math.Sin(day.DayNumber / 2.7);
            points.Add(new DatedValue(day, Math.Round(value + ripple, value > 100m ? 0 : 4)));
        }

        return points;
    }
}
