using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Domain.Watch;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Narrative;

/// <summary>A support the watch check saw broken during D is scored with that fact, whichever way D closed.</summary>
public sealed class WatchBreakCallTests
{
    private const decimal Support = 64_530.66m;
    private static readonly DateTimeOffset TwoPm = new(2026, 2, 5, 14, 0, 0, TimeSpan.Zero);

    private static ScoredCall Call(bool held) =>
        new(CallKind.Support, "BTC", "28 Oct 2024 low", Support, Outcome: held, Tested: true, null);

    private static LevelBreak Break(decimal level = Support, string kind = WatchLevel.NearestSupport, DateTimeOffset? alertedAt = null) =>
        new("BTC", kind, level, 64_530.60m, TwoPm, alertedAt); // six cents under: whole dollars would print the level itself

    private static Sentence CallSentence(ScoredCall call)
    {
        var article = NarrativeEngine.Write(FlowAnalyzer.Analyze(Data(), D) with { YesterdaysCalls = [call] });
        return article.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).Single(s => s.Text.StartsWith("BTC held", StringComparison.Ordinal) || s.Text.StartsWith("BTC closed below the 28 Oct", StringComparison.Ordinal));
    }

    [Fact]
    public void A_support_that_broke_intraday_and_closed_back_above_held_on_the_close_with_the_alert_time()
    {
        var sentence = CallSentence(Call(held: true) with { Break = Break(alertedAt: TwoPm) });

        Assert.Equal("BTC held the 28 Oct 2024 low at $64,530.66 named yesterday as its nearest support on the close, after breaking it intraday (the watch check saw $64,530.60 at 14:00 UTC; an alert went out).", sentence.Text);
        Assert.Equal(["calls.support-held-after-break"], sentence.Rules);
    }

    [Fact]
    public void A_support_that_broke_and_stayed_broken_reads_as_broken_with_the_check_and_alert_times()
    {
        var sentence = CallSentence(Call(held: false) with { Break = Break(alertedAt: TwoPm.AddHours(1)) });

        Assert.Equal("BTC closed below the 28 Oct 2024 low at $64,530.66 named yesterday as its nearest support (the watch check saw $64,530.60 at 14:00 UTC; an alert went out at 15:00 UTC).", sentence.Text);
        Assert.Equal(["calls.support-broke"], sentence.Rules);
    }

    [Fact]
    public void Without_an_alert_the_break_is_stated_and_no_alert_is_claimed()
    {
        var sentence = CallSentence(Call(held: true) with { Break = Break() });

        Assert.EndsWith("after breaking it intraday (the watch check saw $64,530.60 at 14:00 UTC).", sentence.Text);
        Assert.DoesNotContain("alert", sentence.Text);
    }

    [Fact]
    public void Without_a_recorded_break_the_call_says_nothing_about_the_watch_check()
    {
        var sentence = CallSentence(Call(held: true));

        Assert.Equal("BTC held the 28 Oct 2024 low at $64,531 named yesterday as its nearest support, after trading below it during the day.", sentence.Text);
        Assert.Equal(["calls.support-held"], sentence.Rules);
    }

    [Fact]
    public void Only_a_break_of_the_same_nearest_support_joins_the_call_and_the_first_seen_wins()
    {
        var momentum = new ScoredCall(CallKind.MomentumTurn, "BTC", "Oversold", null, false, false, MomentumReading.Oversold);
        var later = Break() with { At = TwoPm.AddHours(3) };
        IReadOnlyList<LevelBreak> breaks = [later, Break(), Break(level: Support + 0.01m), Break(kind: WatchLevel.ReclaimBrokenSupport), Break() with { Symbol = "ETH" }];

        var joined = YesterdaysCalls.WithBreaks([Call(held: true), momentum, Call(held: false) with { Level = 60_000m }], breaks);

        Assert.Equal(TwoPm, joined[0].Break!.At);
        Assert.Null(joined[1].Break);
        Assert.Null(joined[2].Break);
        Assert.Same(joined, YesterdaysCalls.WithBreaks(joined, []));
    }
}
