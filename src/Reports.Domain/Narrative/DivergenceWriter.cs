using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>"Divergence": which asset is deteriorating (or lagging) faster, on price and on momentum.</summary>
internal static class DivergenceWriter
{
    /// <summary>Weekly gaps smaller than this are "moving together".</summary>
    private const decimal TogetherPoints = 1m;

    /// <summary>The year to date is compared with the week only from the day it covers twice the week.</summary>
    public const int MinYearDays = 14;

    public static ArticleSection Write(FlowAnalysis a)
    {
        var p = new Prose();
        var paragraphs = new List<Paragraph>();
        foreach (var d in a.Divergences)
        {
            var weaker = a.Assets.First(x => x.Symbol == d.Weaker);
            var stronger = a.Assets.First(x => x.Symbol == d.Stronger);
            var path = $"divergences[{d.Stronger}/{d.Weaker}]";
            // Round each change once and take the gap of the rounded figures, so the sentence adds up as printed.
            var weakWeek = Round(weaker.WeekChangePct!.Value);
            var strongWeek = Round(stronger.WeekChangePct!.Value);
            var gap = strongWeek - weakWeek;
            var together = gap < TogetherPoints;
            if (together)
            {
                p.Say($"{d.Stronger} and {d.Weaker} moved together over the week ({Signed(p, $"assets[{d.Stronger}].weekChangePct", strongWeek)} and {Signed(p, $"assets[{d.Weaker}].weekChangePct", weakWeek)}).", Rules.MovedTogether);
            }
            else
            {
                var weak = Signed(p, $"assets[{d.Weaker}].weekChangePct", weakWeek);
                var strong = Signed(p, $"assets[{d.Stronger}].weekChangePct", strongWeek);
                var gapText = $"a gap of {p.Fig($"{path}.weekGapPct", Formats.Points(gap))}";
                // "Deteriorating faster" compares two falls; against an asset that did not fall it would invent one.
                if (weakWeek < 0 && strongWeek >= 0)
                    p.Say($"{d.Weaker} fell on the week while {d.Stronger} held up: {weak} against {strong}, {gapText}.", Rules.FellWhileHeld);
                else
                {
                    var rule = weakWeek < 0 ? Rules.DeterioratingFaster : Rules.Lagging;
                    p.Say($"{d.Weaker} {rule.Verdict} {d.Stronger}: {weak} on the week against {strong}, {gapText}.", rule);
                }
            }

            // Early in January the year is the week (or little more), so it cannot say anything the week did not.
            if (weaker.YtdChangePct is { } wy && stronger.YtdChangePct is { } sy && Round(sy) - Round(wy) is var ytd && Math.Abs(ytd) >= TogetherPoints
                && a.Date.DayOfYear >= MinYearDays)
            {
                var gapPoints = p.Fig($"{path}.ytdGapPct", Formats.Points(ytd));
                // Assets that moved together had no weakness this week to extend or to give a lead back with.
                if (together)
                    p.Say($"Year to date {d.Weaker} {(ytd > 0 ? "trails" : "is ahead")} by {gapPoints}.");
                else
                    p.Say(ytd > 0
                        ? $"Year to date {d.Weaker} trails by {gapPoints}, so the weakness is not just this week's."
                        : $"Year to date {d.Weaker} is still ahead by {gapPoints}, so this week gave back part of its lead.",
                        ytd > 0 ? Rules.TrailsYearToDate : Rules.AheadYearToDate);
            }

            var momentum = new List<string>();
            if (d.RsiGap is { } rsi && Math.Abs(rsi) >= 1)
                momentum.Add($"4h RSI is {p.Fig($"{path}.rsiGap", Formats.Indicator(Math.Abs(rsi)))} points {(rsi > 0 ? "lower" : "higher")}");
            if (d.CmfGap is { } cmf && Math.Abs(cmf) >= 0.01)
                momentum.Add($"daily CMF is {p.Fig($"{path}.cmfGap", Formats.Indicator(Math.Abs(cmf), 2))} {(cmf > 0 ? "lower" : "higher")}");
            if (momentum.Count > 0)
            {
                var signs = new[] { d.RsiGap, d.CmfGap }.Where(g => g is not null && g != 0).Select(g => g > 0).Distinct().ToList();
                // With no price gap there is nothing for momentum to confirm: the differences are stated as facts.
                (string Verdict, EditorialRule? Rule) reading = together ? ("", null) : signs switch
                {
                    [true] => (", confirming the weaker flow", Rules.Confirming),
                    [false] => (", so momentum is not confirming the price gap", Rules.NotConfirming),
                    _ => (": a mixed momentum picture", Rules.Mixed),
                };
                p.Say($"On momentum {d.Weaker}'s {string.Join(" and ", momentum)} than {d.Stronger}'s{reading.Verdict}.", reading.Rule);
            }
            paragraphs.Add(p.Take());
        }

        if (paragraphs.Count == 0)
        {
            p.Say(a.Assets.Count < 2
                ? "Only one asset is covered, so there is no divergence to measure."
                : "Fewer than two assets have a weekly change, so there is no divergence to measure.");
            paragraphs.Add(p.Take());
        }
        return new ArticleSection(SectionTitles.Divergence, paragraphs);
    }

    private static decimal Round(decimal pct) => Math.Round(pct, 1, MidpointRounding.AwayFromZero);

    private static string Signed(Prose p, string path, decimal pct) => p.Fig(path, Formats.SignedPercent(pct));
}
