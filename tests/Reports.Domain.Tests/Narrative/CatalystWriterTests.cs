using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Tests.Analysis;

namespace Reports.Domain.Tests.Narrative;

/// <summary>How a market whose daily returns track crypto's is placed among the day's drivers.</summary>
public class CatalystWriterTests
{
    private static readonly DateOnly D = new(2026, 1, 9); // a Friday: the cross market trades on D

    /// <summary>
    /// The catalyst sentences about GOLD's correlation with BTC. BTC alternates 100,000 and 102,000 (the total cap with it, 20,000 BTC-sized units), then falls
    /// <paramref name="cryptoDayPct"/> on D; GOLD is the inverse of BTC on weekdays (correlation near −1), then moves
    /// <paramref name="goldDayPct"/> on D.
    /// </summary>
    private static IReadOnlyList<string> Catalysts(decimal cryptoDayPct, decimal goldDayPct)
    {
        var days = Fixture.Days(new DateOnly(2025, 11, 1), D).ToList();
        decimal Btc(int i) => i == days.Count - 1 ? Btc(i - 1) * (1 + cryptoDayPct / 100m) : i % 2 == 0 ? 100_000m : 102_000m;
        decimal Gold(int i) => i == days.Count - 1 ? Gold(i - 1) * (1 + goldDayPct / 100m) : 204_000_000m / Btc(i);
        var btc = days.Select((d, i) => Candle.Daily(d, Btc(i), Btc(i), Btc(i), Btc(i), 1_000)).ToList();
        var gold = days.Select((d, i) => (d, i)).Where(x => x.d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(x => Candle.Daily(x.d, Gold(x.i), Gold(x.i), Gold(x.i), Gold(x.i), 0)).ToList();
        var global = days.Select((d, i) => new MarketCapPoint(d, Btc(i) * 20_000_000m, null)).ToList();
        var data = new MarketData(global, [new AssetSeries("BTC", btc, [], [])], [new CrossMarketSeries("GOLD", gold)], [], [], []);

        var section = NarrativeEngine.Write(FlowAnalyzer.Analyze(data, D)).Sections.Single(s => s.Title == SectionTitles.CatalystsAndWatch);
        return [.. section.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Text).Where(t => t.Contains("daily returns"))];
    }

    [Fact]
    public void A_hedge_that_moved_with_crypto_did_not_act_as_one()
    {
        var gold = Assert.Single(Catalysts(cryptoDayPct: -3m, goldDayPct: -2m));

        Assert.Matches(@"^BTC's daily returns have moved against GOLD over 30 days \(correlation −0\.\d\d\), but it did not drive this day: GOLD fell 2% on the day, the same way as crypto\.$", gold);
    }

    [Fact]
    public void A_hedge_that_moved_too_little_against_crypto_did_not_offset_it()
    {
        var gold = Assert.Single(Catalysts(cryptoDayPct: -3m, goldDayPct: 0.5m));

        Assert.EndsWith("but it did not drive this day: GOLD rose 0.5% on the day, too small a move to offset crypto's fall.", gold);
    }

    [Fact]
    public void A_hedge_that_moved_against_crypto_on_a_day_crypto_moved_acted_as_one()
    {
        var gold = Assert.Single(Catalysts(cryptoDayPct: -3m, goldDayPct: 2m));

        Assert.EndsWith("it has acted as a hedge.", gold);
    }

    [Fact]
    public void Nothing_drove_a_day_crypto_barely_moved()
    {
        var gold = Assert.Single(Catalysts(cryptoDayPct: -0.3m, goldDayPct: 2m));

        Assert.EndsWith("but it did not drive this day: GOLD rose 2% on the day, while crypto barely moved.", gold);
    }
}
