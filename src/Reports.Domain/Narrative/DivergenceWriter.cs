using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>"Divergence": which asset is deteriorating (or lagging) faster, on price and on momentum.</summary>
internal static class DivergenceWriter
{
    /// <summary>Weekly gaps smaller than this are "moving together".</summary>
    private const decimal TogetherPoints = 1m;

    public static ArticleSection Write(FlowAnalysis a)
    {
        var p = new Prose();
        var paragraphs = new List<Paragraph>();
        foreach (var d in a.Divergences)
        {
            var weaker = a.Assets.First(x => x.Symbol == d.Weaker);
            var stronger = a.Assets.First(x => x.Symbol == d.Stronger);
            var path = $"divergences[{d.Stronger}/{d.Weaker}]";
            if (d.WeekGapPct < TogetherPoints)
            {
                p.Say($"{d.Stronger} and {d.Weaker} moved together over the week ({Signed(p, $"assets[{d.Stronger}].weekChangePct", stronger.WeekChangePct!.Value)} and {Signed(p, $"assets[{d.Weaker}].weekChangePct", weaker.WeekChangePct!.Value)}).");
            }
            else
            {
                var verb = weaker.WeekChangePct < 0 ? "is deteriorating faster than" : "is lagging";
                p.Say($"{d.Weaker} {verb} {d.Stronger}: {Signed(p, $"assets[{d.Weaker}].weekChangePct", weaker.WeekChangePct!.Value)} on the week against {Signed(p, $"assets[{d.Stronger}].weekChangePct", stronger.WeekChangePct!.Value)}, "
                    + $"a gap of {p.Fig($"{path}.weekGapPct", Formats.Points(d.WeekGapPct))}.");
            }

            if (d.YtdGapPct is { } ytd && Math.Abs(ytd) >= TogetherPoints)
            {
                p.Say(ytd > 0
                    ? $"Year to date {d.Weaker} trails by {p.Fig($"{path}.ytdGapPct", Formats.Points(ytd))}, so the weakness is not just this week's."
                    : $"Year to date {d.Weaker} is still ahead by {p.Fig($"{path}.ytdGapPct", Formats.Points(ytd))}, so this week gave back part of its lead.");
            }

            var momentum = new List<string>();
            if (d.RsiGap is { } rsi && Math.Abs(rsi) >= 1)
                momentum.Add($"its 4h RSI is {p.Fig($"{path}.rsiGap", Formats.Indicator(Math.Abs(rsi)))} points {(rsi > 0 ? "lower" : "higher")}");
            if (d.CmfGap is { } cmf && Math.Abs(cmf) >= 0.01)
                momentum.Add($"its daily CMF is {p.Fig($"{path}.cmfGap", Formats.Indicator(Math.Abs(cmf), 2))} {(cmf > 0 ? "lower" : "higher")}");
            if (momentum.Count > 0)
            {
                var signs = new[] { d.RsiGap, d.CmfGap }.Where(g => g is not null && g != 0).Select(g => g > 0).Distinct().ToList();
                var verdict = signs switch
                {
                    [true] => ", confirming the weaker flow",
                    [false] => ", so momentum is not confirming the price gap",
                    _ => ": a mixed momentum picture",
                };
                p.Say($"On momentum {string.Join(" and ", momentum)} than {d.Stronger}'s{verdict}.");
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

    private static string Signed(Prose p, string path, decimal pct) => p.Fig(path, Formats.SignedPercent(pct));
}
