using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Narrative;

/// <summary>
/// Each example of issue 16, rebuilt as figures in a fixture (not tied to the bundled samples) with the fixed wording.
/// The situation is set by replacing the figures of the hand-checked fixture analysis.
/// </summary>
public sealed class EditorialExamplesTests
{
    private static FlowAnalysis Base(Func<DateOnly, decimal>? cap = null) => FlowAnalyzer.Analyze(Data(cap), D);

    private static FlowAnalysis WithBtc(FlowAnalysis a, Func<AssetFlow, AssetFlow> change) =>
        a with { Assets = [.. a.Assets.Select(x => x.Symbol == "BTC" ? change(x) : x)] };

    private static Momentum Momentum(double rsi, double rsiLow, double macd, double signal, double histogram, double previous, double? cmf = null)
    {
        var m = new Momentum(200, 70, rsi, rsiLow, macd, signal, histogram, previous, cmf, MomentumReading.InsufficientData);
        return m with { Reading = MomentumRules.Read(m) };
    }

    private static IEnumerable<Sentence> Sentences(Article a) => a.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences);

    private static string Text(Article a) => string.Join("\n", Sentences(a).Select(s => s.Text));

    /// <summary>No liquidations, no volume record and no support break, so the regime's own headline shows.</summary>
    private static FlowAnalysis Plain(FlowAnalysis a) =>
        WithBtc(a with { Market = a.Market with { VolumeRecord = false, Liquidations = null } }, x => x with { SupportLevels = [] });

    [Fact]
    public void A_falling_histogram_never_reads_as_an_uptrend_with_momentum_behind_it() // 2026-05-03
    {
        var a = NarrativeEngine.Write(WithBtc(Base(), x => x with { Momentum = Momentum(61.2, 48, 120.5, 100.25, 20.25, 25.5) }));

        Assert.Contains("On the 4-hour chart RSI(14) is 61.2 and MACD is 120.50 against a signal of 100.25, histogram falling: an uptrend, though the falling histogram shows momentum fading.", Text(a));
        Assert.DoesNotContain("momentum behind it", Text(a));
    }

    [Fact]
    public void Macd_below_its_signal_never_reads_as_an_uptrend_with_momentum_behind_it() // 2026-01-16 BTC
    {
        // MACD above zero but 271.70 under its signal; the histogram rose (less negative) on the last candle.
        var a = NarrativeEngine.Write(WithBtc(Base(), x => x with { Momentum = Momentum(56.3, 48, 640.39, 912.09, -271.70, -280.10) }));

        Assert.Contains("On the 4-hour chart RSI(14) is 56.3 and MACD is 640.39 against a signal of 912.09, histogram rising: an uptrend, though MACD is below its signal line, a sign momentum has cooled.", Text(a));
        Assert.DoesNotContain("momentum behind it", Text(a));
    }

    [Fact]
    public void Macd_above_its_signal_never_reads_as_no_sign_of_a_turn() // 2026-08-13 ETH
    {
        var a = NarrativeEngine.Write(WithBtc(Base(), x => x with { Momentum = Momentum(49.0, 41, -3.95, -4.55, 0.6, 0.5) }));

        var sentence = Sentences(a).Single(s => s.Text.StartsWith("On the 4-hour chart", StringComparison.Ordinal));
        Assert.Equal("On the 4-hour chart RSI(14) is 49.0 and MACD is −3.95 against a signal of −4.55, histogram rising: a downtrend, though MACD is above its signal line, an early sign of a turn.", sentence.Text);
        Assert.Equal(["momentum.early-turn"], sentence.Rules);
    }

    [Fact]
    public void Record_liquidations_on_a_falling_day_lead_the_headline() // 2025-10-10
    {
        var a = NarrativeEngine.Write(Base());
        Assert.Equal("Record $1 Billion Liquidations Knock 6.5% off Crypto", a.Headline);
    }

    [Fact]
    public void An_all_time_high_says_record_in_the_headline_and_the_body() // 2025-10-06
    {
        var a = NarrativeEngine.Write(Base(cap: d => d == D ? 3_700 * Billion : SelloffCap(d)));

        Assert.StartsWith("Crypto Hits a Record $3.7 Trillion as It Rises", a.Headline);
        Assert.Contains("That is a record: the highest total cap since records here begin in December 2025, above the previous high of $3.6 trillion on 5 December 2025.", Text(a));
    }

    [Fact]
    public void A_drain_that_began_in_December_is_named_by_its_start_not_by_the_reports_month() // 2026-01-01
    {
        var down = NarrativeEngine.Write(Plain(Base(cap: d => d == D ? 3_250 * Billion : d == D.AddDays(-1) ? 3_270 * Billion : SelloffCap(d))));
        var up = NarrativeEngine.Write(Plain(Base(cap: d => d == D ? 3_250 * Billion : d == D.AddDays(-1) ? 3_230 * Billion : SelloffCap(d))));

        Assert.Equal("Crypto Sheds $150 Billion in 21 Days: Flow Analysis of the Pullback Since 20 Dec", down.Headline);
        Assert.Equal("Crypto Edges Up 0.6% but Stays $150 Billion Below Its 20 Dec High", up.Headline);
    }

    [Fact]
    public void A_balanced_liquidation_split_is_neither_a_squeeze_nor_a_flush() // 2025-01-01 (53.1% shorts), 2026-05-03 (56.4% longs)
    {
        var a = Base();
        var balanced = a with { Market = a.Market with { Liquidations = new LiquidationFlow(74_900_000m, 57_900_000m, 132_800_000m, false, null, ["BTC", "ETH"]) } };

        var text = Text(NarrativeEngine.Write(balanced));

        Assert.Contains("Longs took $74.9 million of it (56.4%), against $57.9 million of shorts: a two-sided day, too even to call a flush or a squeeze.", text);
        Assert.DoesNotContain("flush of", text);
        Assert.DoesNotContain("squeezed", text);
    }

    [Fact]
    public void A_quiet_day_names_only_the_inputs_it_checked() // a data folder of daily candles and the total cap alone
    {
        var a = Base();
        var quiet = a with
        {
            Catalysts = [],
            CrossMarkets = [],
            Market = a.Market with { Liquidations = null },
            Assets = [.. a.Assets.Select(x => x with { OpenInterestWeekChangePct = null })],
        };

        var text = Text(NarrativeEngine.Write(quiet));

        Assert.True(quiet.RecordsLongEnough);
        Assert.Contains("No single catalyst stood out: volume was within its usual range (cross markets, liquidations and open interest are missing for this day).", text);
    }

    [Fact]
    public void Without_the_days_direction_no_flush_is_called() // derivatives present, total cap missing the day before
    {
        var a = Base();
        var unknown = a with { Market = a.Market with { PreviousMarketCapUsd = null, DailyChangePct = null } };

        var text = Text(NarrativeEngine.Write(unknown));

        Assert.Contains("Longs took $800 million of it (80%), against $200 million of shorts; without the total market's move for the day, neither a flush nor a squeeze is called.", text);
        Assert.Contains("Liquidations were one-sided against longs, but with the day's direction unknown no flush or squeeze is called.", text);
        Assert.Contains("Notable on the day (the total market's own move is unknown, so none is called its driver):", text);
        Assert.DoesNotContain("What drove the day", text);
        Assert.DoesNotContain("flushing out", text);
        Assert.DoesNotContain("A flush of", text);
    }

    [Fact]
    public void A_rally_elsewhere_while_crypto_fell_on_the_week_is_not_alongside_crypto() // 2026-08-13 SILVER
    {
        var a = Base();
        var gold = a.CrossMarkets.Single() with { WeekChangePct = 4.1m, DailyChangePct = 0.5m };
        var rally = a with
        {
            CrossMarkets = [gold],
            Catalysts = [new Catalyst(CatalystKind.CrossMarketRally, "GOLD", 4.1m, gold.LastDate, null, null)],
            History = a.History with { MarketWeekChangePct = -1.3m },
        };

        var text = Text(NarrativeEngine.Write(rally));

        Assert.Matches(@"GOLD rose 4\.1% over the week to [\d,.]+, while crypto fell over the week: money is not coming this way\.", text);
        Assert.DoesNotContain("alongside crypto", text);
    }

    [Fact]
    public void A_daily_move_from_an_earlier_session_is_dated_not_called_the_days() // 2026-01-01 SILVER, moved on 31 December
    {
        var a = Base();
        var gold = a.CrossMarkets.Single() with { WeekChangePct = -1m, DailyChangePct = -6.6m };
        var selloff = a with { CrossMarkets = [gold], Catalysts = [new Catalyst(CatalystKind.CrossMarketSelloff, "GOLD", -6.6m, gold.LastDate, null, null)] };

        var text = Text(NarrativeEngine.Write(selloff));

        Assert.Equal(new DateOnly(2026, 1, 9), gold.LastDate); // D is a Saturday
        Assert.Contains("GOLD fell 6.6% in its last session (9 Jan) to", text);
        Assert.DoesNotContain("on the day to 2,", text);
    }

    [Fact]
    public void Selling_elsewhere_on_a_strong_up_day_is_not_listed_as_what_drove_it() // 2026-02-06, a +12% rally
    {
        var a = NarrativeEngine.Write(Base(cap: d => d == D ? 3_500 * Billion : SelloffCap(d)));
        var watch = a.Sections.Single(s => s.Title == SectionTitles.CatalystsAndWatch).Paragraphs.Select(p => p.Text).ToList();

        var elsewhere = watch.IndexOf("Elsewhere, moves that did not drive the day:");
        Assert.True(elsewhere > 0);
        Assert.StartsWith("GOLD fell 5% over the week", watch[elsewhere + 1]);
    }

    [Fact]
    public void A_lagging_money_flow_that_disagrees_with_a_strong_day_is_caveated() // 2025-10-10, CMF 0.10 on a −7% day
    {
        var a = NarrativeEngine.Write(WithBtc(Base(), x => x with { DailyChangePct = -7.0m, Momentum = x.Momentum with { CmfDaily = 0.10 } }));

        var sentence = Sentences(a).Single(s => s.Text.StartsWith("BTC's daily Chaikin", StringComparison.Ordinal));
        Assert.Equal("BTC's daily Chaikin Money Flow of 0.10 still points to accumulation, but it is a 20-day measure and lags a strong fall like today's.", sentence.Text);
        Assert.Equal(["cmf.accumulation", "cmf.lagging"], sentence.Rules);
    }

    [Fact]
    public void Open_interest_is_outstanding_not_at_risk_and_percentages_use_the_base_they_name() // 2026-02-05
    {
        var text = Text(NarrativeEngine.Write(Base()));

        Assert.Contains("The nearest support below is the 15 Nov 2025 low at $80,000; the close is 10% above it.", text); // 88,000 / 80,000 − 1
        Assert.Contains("$50 billion of open interest is outstanding if it breaks.", text);
        Assert.DoesNotContain("at risk", text);
        Assert.DoesNotContain("stored data", text);
    }

    [Theory]
    [InlineData("8.7% fall", "an 8.7% fall")]
    [InlineData("11-day high", "an 11-day high")]
    [InlineData("18.2% rise", "an 18.2% rise")]
    [InlineData("1.5% rise", "a 1.5% rise")]
    [InlineData("110-day low", "a 110-day low")]
    [InlineData("80% share", "an 80% share")]
    [InlineData("FOMC meeting", "an FOMC meeting")]
    [InlineData("ETF outflow", "an ETF outflow")]
    [InlineData("uptrend", "an uptrend")]
    [InlineData("one-sided day", "a one-sided day")]
    public void The_indefinite_article_follows_how_the_word_is_read(string next, string expected) => Assert.Equal(expected, Words.WithA(next));

    [Fact]
    public void Plurals_lists_and_ordinals_come_from_one_helper()
    {
        Assert.Equal("1 input problem", Words.Count(1, "input problem"));
        Assert.Equal("2 input problems", Words.Count(2, "input problem"));
        Assert.Equal("BTC", Words.List(["BTC"]));
        Assert.Equal("BTC and ETH", Words.List(["BTC", "ETH"]));
        Assert.Equal("BTC, ETH and SOL", Words.List(["BTC", "ETH", "SOL"]));
        Assert.Equal(["1st", "2nd", "3rd", "7th", "11th", "12th", "13th", "22nd"], new[] { 1, 2, 3, 7, 11, 12, 13, 22 }.Select(Words.Ordinal));
    }

    [Theory]
    [InlineData("67817.00", "$67,817")]
    [InlineData("67817.50", "$67,818")]
    [InlineData("999.994", "$999.99")]
    [InlineData("1.3911", "$1.39")]
    public void Prose_prices_drop_spurious_cents(string value, string expected) =>
        Assert.Equal(expected, Formats.ProsePrice(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_key_figures_say_which_assets_the_liquidation_total_covers()
    {
        var a = NarrativeEngine.Write(Base());
        Assert.Contains(a.KeyFigures, k => k.Label == "Liquidations (BTC)" && k.Value == "$1 billion");
    }

    [Fact]
    public void Same_figures_give_the_same_article()
    {
        Assert.Equal(Text(NarrativeEngine.Write(Base())), Text(NarrativeEngine.Write(Base())));
    }
}
