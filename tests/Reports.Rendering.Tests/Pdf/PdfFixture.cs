using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Titles = Reports.Domain.Narrative.SectionTitles;

namespace Reports.Rendering.Tests.Pdf;

/// <summary>
/// A hand-built report for 25 February 2026: BTC and ETH complete, SOL with missing figures, DOGE without 4h
/// candles, NEWCOIN without any data; a paragraph long enough to run across a page break; a URL too long for a
/// line; thirty sources (some synthetic) so the sources table runs over a page.
/// </summary>
internal static class PdfFixture
{
    public static readonly DateOnly Day = new(2026, 2, 25);

    public const string Headline = "Crypto's $1 Trillion Drain: Flow Analysis of the 2026 Selloff";
    public const string Standfirst = "Total market value fell to $2.438 trillion as leverage unwound and Bitcoin broke its February support.";
    public const string LongParagraphFirstWord = "Positioning";
    public const string LongParagraphLastWord = "Finale.";
    public const string LongUrl = "https://example.org/research/flows/2026/02/25/an-exceptionally-long-path-segment-that-cannot-fit-on-one-line-of-the-page/index.html?utm_source=flowreports";

    public static readonly string[] SectionTitles =
    [
        Titles.FlowSummary,
        Titles.AssetBreakdown,
        "Positioning and liquidations",
        "Cross-market context",
        "What to watch",
        Titles.Methodology,
    ];

    public static FlowReport Report() => new(Analysis(), Article());

    /// <summary>The smallest report the domain can produce: no figures, no charts, no prose.</summary>
    public static FlowReport Minimal()
    {
        var market = new MarketFlow(null, null, null, null, null, null, null, null, null, null, null, false, null, null);
        var analysis = new FlowAnalysis(Day, AnalysisSettings.Default, market, [], [], [], [], [], [], new ChartData([], []), [], [], []);
        var article = new Article(Day, "No data for 25 February 2026", "", [], [], []);
        return new FlowReport(analysis, article);
    }

    private static FlowAnalysis Analysis()
    {
        var market = new MarketFlow(
            TotalMarketCapUsd: 2_438_000_000_000m,
            PreviousMarketCapUsd: 2_590_000_000_000m,
            DailyChangePct: -5.9m,
            SwingHigh: new DatedValue(new DateOnly(2026, 2, 1), 2_911_400_000_000m),
            DrainUsd: 473_400_000_000m,
            DrainPerDayUsd: 19_725_000_000m,
            DrainDays: 24,
            CyclePeak: new DatedValue(new DateOnly(2025, 10, 6), 4_379_000_000_000m),
            LossFromPeakUsd: 1_941_000_000_000m,
            LossFromPeakPct: -44.3m,
            TotalVolumeUsd: 212_500_000_000m,
            VolumeRecord: false,
            PreviousVolumeRecord: null,
            Liquidations: new LiquidationFlow(1_204_000_000m, 312_400_000m, 1_516_400_000m, false, null, ["BTC", "ETH", "SOL"]));

        var btcSupports = new List<SupportLevel>
        {
            new("6 Feb low", 74_120.50m, new DateOnly(2026, 2, 6), true, true, -10.0m) { NamedByDate = true },
            new("1 Dec 2025 low", 69_880.00m, new DateOnly(2025, 12, 1), false, false, -4.6m) { NamedByDate = true },
        };
        var ethSupports = new List<SupportLevel> { new("9 Feb low", 2_310.40m, new DateOnly(2026, 2, 9), true, false, -3.1m) { NamedByDate = true } };

        var assets = new List<AssetFlow>
        {
            Asset("BTC", 66_675.12m, 65_980.00m, -9.8m, -24.1m, 48_300_000_000m, btcSupports,
                new Momentum(600, 400, 27.4, 22.9, -812.37, -640.12, -172.25, -150.10, -0.184, MomentumReading.Oversold)),
            Asset("ETH", 2_239.77m, 2_190.05m, -12.4m, -33.0m, 21_700_000_000m, ethSupports,
                new Momentum(600, 400, 31.2, 25.5, -61.48, -52.09, -9.39, -8.80, -0.121, MomentumReading.Downtrend)),
            Asset("SOL", 92.41m, 88.10m, null, null, null, [],
                new Momentum(600, 400, 35.0, null, null, null, null, null, null, MomentumReading.Downtrend)),
            Asset("DOGE", 0.08234m, 0.0791m, -15.2m, -41.7m, 812_000_000m, [], Momentum.None(0, 400)),
            new("NEWCOIN", false, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null, [], Momentum.None(0, 0)),
        };

        var crossMarkets = new List<CrossMarketFlow>
        {
            new("Nasdaq 100", Day.AddDays(-1), 20_112.35m, -2.1m, -4.4m, new DatedValue(new DateOnly(2026, 2, 10), 21_640.00m), -7.1m, 0.71, 21),
            new("Gold", Day, 2_961.40m, 0.8m, 2.3m, new DatedValue(Day, 2_961.40m), 0m, -0.18, 21),
            new("US 10y yield", null, null, null, null, null, null, null, 3),
        };

        var charts = new ChartData(MarketCapSeries(), [AssetSeries("BTC", 66_675.12, 97_000), AssetSeries("ETH", 2_239.77, 3_600), DailyOnly("DOGE", 0.08234, 0.14)]);
        var sources = Sources();
        return new FlowAnalysis(Day, AnalysisSettings.Default, market, assets, [], crossMarkets, [], [], [], charts, sources,
            ["no open interest for SOL", "no 4h candles for DOGE"],
            [new DataWarning("daily/DOGE.csv", 17, "duplicate day 2026-01-03 skipped")])
        {
            // Records reach back past the cycle-peak window, so its peak is a cycle peak.
            History = MarketHistory.None with { RecordsBegin = new DateOnly(2025, 1, 1) },
        };
    }

    private static AssetFlow Asset(string symbol, decimal close, decimal low, decimal? week, decimal? ytd, decimal? oi, IReadOnlyList<SupportLevel> supports, Momentum momentum) =>
        new(symbol, true, close * 1.04m, close * 1.05m, low, close, -4.2m, new DateOnly(2025, 11, 21), false, week, ytd,
            new DatedValue(new DateOnly(2025, 12, 31), close * 1.3m), close * 1_000_000m, oi, oi is null ? null : -8.5m, 800_000_000m, 90_000_000m, supports, momentum);

    private static List<DatedValue> MarketCapSeries() =>
        Enumerable.Range(0, 120)
            .Select(i => new DatedValue(Day.AddDays(i - 119), Math.Round(4_100_000_000_000m - 14_000_000_000m * i + (decimal)Math.Sin(i / 6.0) * 120_000_000_000m, 0)))
            .ToList();

    private static AssetChart AssetSeries(string symbol, double last, double first)
    {
        var daily = Enumerable.Range(0, 120)
            .Select(i => new DatedValue(Day.AddDays(i - 119), (decimal)Math.Round(first + (last - first) * i / 119.0 + Math.Sin(i / 5.0) * first * 0.03, 5)))
            .ToList();
        var start = new DateTimeOffset(Day.AddDays(-29).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var fourHour = Enumerable.Range(0, 180).Select(i =>
        {
            var close = last * (1.15 - 0.15 * i / 179.0) + Math.Sin(i / 4.0) * last * 0.01;
            double? rsi = i < 14 ? null : 50 + 25 * Math.Sin(i / 11.0) - 10.0 * i / 179;
            double? macd = i < 25 ? null : last * 0.004 * Math.Sin(i / 13.0);
            double? signal = i < 33 ? null : last * 0.004 * Math.Sin((i - 4) / 13.0);
            return new IndicatorPoint(start.AddHours(4 * i), close, rsi, macd, signal, macd - signal);
        }).ToList();
        return new AssetChart(symbol, daily, fourHour);
    }

    private static AssetChart DailyOnly(string symbol, double last, double first) => AssetSeries(symbol, last, first) with { FourHour = [] };

    private static List<SourceInfo> Sources()
    {
        var list = new List<SourceInfo>
        {
            new("Total market cap", "samples/global.csv", new DateOnly(2024, 1, 1), Day, 787, Synthetic: true, Provenance: "Generated by the samples tool"),
            new("Cross-market closes", LongUrl, new DateOnly(2025, 1, 2), Day, 290, Provenance: "Yahoo Finance via SeedFlora/idx-daily-data"),
        };
        var symbols = new[] { "BTC", "ETH", "SOL", "DOGE", "XRP", "ADA", "AVAX" };
        foreach (var symbol in symbols)
        {
            list.Add(new($"{symbol} daily candles", $"samples/daily/{symbol}.csv", new DateOnly(2024, 1, 1), Day, 787, Synthetic: symbol is "XRP" or "ADA"));
            list.Add(new($"{symbol} 4h candles", $"samples/4h/{symbol}.csv", new DateOnly(2025, 10, 1), Day, 880));
            list.Add(new($"{symbol} derivatives", $"samples/derivatives/{symbol}.csv", null, null, 0));
            list.Add(new($"{symbol} events", $"samples/events/{symbol}.csv", new DateOnly(2026, 1, 1), Day, 12));
        }

        return list;
    }

    private static Article Article()
    {
        var figures = new List<KeyFigure>
        {
            new("Total crypto market cap", "$2.438 trillion", "−5.9% on the day"),
            new("Drain since the swing high", "$473.4 billion", "24 days, $19.7 billion a day"),
            new("Loss from the cycle peak", "$1.941 trillion", "−44.3% since 6 October 2025"),
            new("Liquidations", "$1.516 billion", null),
            new("Bitcoin close", "$66,675.12", "Below the 6 Feb low"),
        };

        var sections = new List<ArticleSection>
        {
            Section(SectionTitles[0],
                P("Total crypto market value fell to $2.438 trillion on 25 February 2026, down 5.9% on the day.",
                  "Since the swing high of $2.911 trillion on 1 February, $473.4 billion has left the market over 24 days."),
                P("The pace, $19.7 billion a day, is the fastest since the cycle peak of $4.379 trillion in October; see " + LongUrl + " for the method.")),
            Section(SectionTitles[1],
                P("Bitcoin closed at $66,675.12, below its 6 Feb low; Ether fell faster, 12.4% on the week."),
                List("BTC: −9.8% on the week, −24.1% this year.", "ETH: −12.4% on the week, −33.0% this year.", "SOL: weekly change not available.")),
            Section(SectionTitles[2], LongParagraph()),
            Section(SectionTitles[3],
                P("The Nasdaq 100 fell 2.1% and BTC tracked it closely, with a 0.71 correlation over 21 days; gold rose.")),
            Section(SectionTitles[4],
                List("A daily close back above $74,120.50 would reclaim the broken support.", "ETH support at $2,310.40 is 3.1% above the close.")),
            Section(SectionTitles[5],
                P("Figures come from the inputs listed below; synthetic inputs are marked. Definitions are in docs/metrics.md.")),
        };

        return new Article(Day, Headline, Standfirst, figures, sections, Sources());
    }

    private static Paragraph LongParagraph()
    {
        string[] pool =
        [
            "Long positions carried most of the losses as funding stayed positive into the break.",
            "Open interest in Bitcoin futures fell by $4.2 billion over the week, the largest unwind since August.",
            "Ether's open interest fell faster in percentage terms, which matches its weaker price action.",
            "Liquidations clustered around the support levels, where stop orders and margin calls overlap.",
            "Short liquidations were small, $312.4 million, so the selling met little forced buying.",
            "Exchange balances rose while stablecoin balances were flat, a pattern seen in earlier drawdowns.",
        ];
        var sentences = new List<string> { LongParagraphFirstWord + " unwound through the week as the drain accelerated." };
        for (var i = 0; i < 54; i++)
        {
            sentences.Add(pool[i % pool.Length]);
        }

        sentences.Add("That is where the positioning review ends. " + LongParagraphLastWord);
        return P([.. sentences]);
    }

    private static ArticleSection Section(string title, params Paragraph[] paragraphs) => new(title, paragraphs);

    private static Paragraph P(params string[] sentences) => new(sentences.Select(s => new Sentence(s, [])).ToList());

    private static Paragraph List(params string[] items) => new(items.Select(s => new Sentence(s, [])).ToList(), IsList: true);
}
