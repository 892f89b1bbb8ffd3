using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Tests.Analysis;

namespace Reports.Domain.Tests.Narrative;

/// <summary>"Where the money went" worded from the hand-checked market of <see cref="FlowAttributionTests"/>, and its variants.</summary>
public class AttributionWriterTests
{
    private static readonly DateOnly D = FlowAttributionTests.D;
    private const decimal B = 1_000_000_000m;

    private static ArticleSection? Section(MarketData data) =>
        NarrativeEngine.Write(FlowAnalyzer.Analyze(data, D)).Sections.SingleOrDefault(s => s.Title == SectionTitles.WhereTheMoneyWent);

    private static IReadOnlyList<Sentence> Sentences(MarketData data) => Section(data)!.Paragraphs.SelectMany(p => p.Sentences).ToList();

    [Fact]
    public void The_drain_is_split_by_part_and_follows_the_flow_summary()
    {
        var article = NarrativeEngine.Write(FlowAnalyzer.Analyze(FlowAttributionTests.Market(), D));
        Assert.Equal(SectionTitles.WhereTheMoneyWent, article.Sections[1].Title);
        var first = Sentences(FlowAttributionTests.Market())[0];

        Assert.Equal("Of the $800 billion that left since 14 January 2026, Bitcoin accounted for $400 billion (50%), Ethereum $150 billion (18.8%), "
            + "the rest of the top 6 $180 billion (22.5%) and coins outside the top 6 $80 billion (10%).", first.Text);
        Assert.Equal(["attribution.windows[drain].btcSharePct", "attribution.windows[drain].btcUsd", "attribution.windows[drain].ethSharePct", "attribution.windows[drain].ethUsd", "attribution.windows[drain].from",
            "attribution.windows[drain].outsideTopSharePct", "attribution.windows[drain].outsideTopUsd", "attribution.windows[drain].restOfTopSharePct", "attribution.windows[drain].restOfTopUsd",
            "attribution.windows[drain].totalChangeUsd"], first.Figures.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parts_that_went_against_the_total_are_named_together_and_the_rest_are_given_as_losses_not_shares()
    {
        var data = FlowAttributionTests.Market();
        // Bitcoin and Ethereum started the drain lower, so they end above where it began; the coins outside the top
        // make up the difference.
        var from = new DateOnly(2026, 1, 14);
        data = data with { CoinCaps = [.. data.CoinCaps.Select(c => c.Date == from && c.Symbol is "BTC" or "ETH" ? c with { MarketCapUsd = c.MarketCapUsd - (c.Symbol == "BTC" ? 500 : 200) * 1_000_000_000m } : c)] };

        var sentences = Sentences(data);

        Assert.Equal("Of the net $800 billion that left since 14 January 2026, the rest of the top 6 lost $180 billion and coins outside the top 6 $780 billion.", sentences[0].Text);
        Assert.Equal("Bitcoin and Ethereum went the other way, up $100 billion and up $50 billion.", sentences[1].Text);
    }

    [Fact]
    public void A_stablecoin_mint_of_a_tenth_of_the_fall_or_more_reads_as_money_parked()
    {
        // $100 billion into stablecoins over the $800 billion drain: 12.5% of it.
        var parked = Assert.Single(Sentences(FlowAttributionTests.Market(usdtOnD: 250m * B)), s => s.Rules.Contains("attribution.parked"));

        Assert.Equal("Stablecoin supply, the market's dry powder, rose $100 billion to $300 billion, so part of the money parked in stablecoins rather than left crypto.", parked.Text);
    }

    [Fact]
    public void A_stablecoin_mint_small_against_the_fall_says_little_of_the_money_parked()
    {
        // $10 billion over the $800 billion drain (1.25%): supply's own growth, not where the money went.
        var sentences = Sentences(FlowAttributionTests.Market());

        var little = Assert.Single(sentences, s => s.Rules.Contains("attribution.little-parked"));
        Assert.Equal("Stablecoin supply, the market's dry powder, rose $10 billion to $210 billion, small against the fall: little of the money parked in stablecoins.", little.Text);
        Assert.DoesNotContain(sentences, s => s.Rules.Contains("attribution.parked"));
    }

    [Theory]
    [InlineData(80, "attribution.parked")] // exactly a tenth of the $800 billion fall
    [InlineData(79.99, "attribution.little-parked")]
    public void A_tenth_of_the_fall_is_where_parked_begins(double mintedBillions, string rule)
    {
        var sentences = Sentences(FlowAttributionTests.Market(usdtOnD: 150m * B + (decimal)mintedBillions * B));

        Assert.Single(sentences, s => s.Rules.Contains(rule));
    }

    [Fact]
    public void Bitcoins_rising_share_in_a_falling_market_is_a_flight_to_quality_and_the_day_is_split_too()
    {
        var sentences = Sentences(FlowAttributionTests.Market());

        Assert.Equal("Bitcoin's share of the total rose from 57.6% to 60% as the market fell: a flight to quality.",
            Assert.Single(sentences, s => s.Rules.Contains("attribution.flight-to-quality")).Text);
        Assert.Equal("The assets this report follows, BTC and ETH, carried 68.7% of it.", sentences[1].Text);
        Assert.Equal("On 5 February 2026 itself the total fell $100 billion: Bitcoin down $100 billion, Ethereum down $50 billion, stablecoins up $5 billion, "
            + "the rest of the top 6 down $50 billion and coins outside the top 6 up $95 billion.", sentences[^1].Text);
    }

    [Fact]
    public void A_stablecoin_burn_in_a_falling_market_says_the_money_left()
    {
        var data = FlowAttributionTests.Market();
        data = data with { CoinCaps = [.. data.CoinCaps.Select(c => c.Date == D && c.Symbol == "USDT" ? c with { MarketCapUsd = 140_000_000_000m } : c)] };

        var burn = Assert.Single(Sentences(data), s => s.Rules.Contains("attribution.left"));

        Assert.Equal("Stablecoin supply, the market's dry powder, fell $10 billion to $190 billion as well: money left crypto rather than parking in stablecoins.", burn.Text);
    }

    [Fact]
    public void A_rally_leads_with_the_week_and_names_what_arrived()
    {
        // Every day after the swing high doubled: D stands above the 30-day high, so the week leads.
        var data = FlowAttributionTests.Market();
        decimal Up(DateOnly day, decimal v) => day == D ? v * 1.5m : v;
        data = data with
        {
            Global = [.. data.Global.Select(p => p with { TotalMarketCapUsd = Up(p.Date, p.TotalMarketCapUsd) })],
            CoinCaps = [.. data.CoinCaps.Select(c => c.Category == CoinCategory.Stablecoin ? c : c with { MarketCapUsd = Up(c.Date, c.MarketCapUsd) })],
        };

        var sentences = Sentences(data);

        Assert.StartsWith("Of the $950 billion that arrived over the week, Bitcoin took $550 billion", sentences[0].Text);
        Assert.Contains(sentences, s => s.Rules.Contains("attribution.powder-building"));
    }

    [Fact]
    public void A_window_whose_total_barely_moved_is_not_split()
    {
        // The 30-day high is D−7 at $2.501 trillion with D's own caps: the drain since then is $1 billion, under 0.1 %.
        var data = FlowAttributionTests.Market();
        var week = D.AddDays(-7);
        data = data with
        {
            Global = [.. data.Global.Select(p => p with { TotalMarketCapUsd = p.Date == D ? p.TotalMarketCapUsd : p.Date == week ? 2_501_000_000_000m : 2_400_000_000_000m })],
            CoinCaps = [.. data.CoinCaps.Where(c => c.Date != week), .. data.CoinCaps.Where(c => c.Date == D).Select(c => c with { Date = week })],
        };
        data = data with { CoinCaps = [.. data.CoinCaps.OrderBy(c => c.Date).ThenBy(c => c.Symbol, StringComparer.Ordinal)] };

        Assert.Equal("The total cap was little changed since 29 January 2026, at $2.5 trillion, so there is no flow to split.", Sentences(data)[0].Text);
    }

    [Fact]
    public void A_swing_high_on_the_day_before_is_not_split_twice()
    {
        var data = FlowAttributionTests.Market();
        data = data with { Global = [.. data.Global.Select(p => p.Date == D.AddDays(-1) ? p with { TotalMarketCapUsd = 3.4m * 1_000_000_000_000m } : p)] };

        var sentences = Sentences(data);

        Assert.StartsWith("Of the $900 billion that left since 4 February 2026, Bitcoin accounted for $100 billion", sentences[0].Text);
        Assert.DoesNotContain(sentences, s => s.Text.Contains("itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_per_coin_caps_there_is_no_section()
    {
        Assert.Null(Section(FlowAttributionTests.Market(_ => false)));
    }
}
