using Reports.Domain.Watch;

namespace Reports.Domain.Analysis;

/// <summary>What D−1's report told the reader to watch, scored against D (docs/metrics.md, "Yesterday's calls").</summary>
public enum CallKind
{
    /// <summary>The nearest support below D−1's close: held if D closed at or above it.</summary>
    Support,

    /// <summary>The momentum turn D−1's reading named: happened if its signal is true on D.</summary>
    MomentumTurn,
}

/// <param name="Label">The support's label, or D−1's momentum reading.</param>
/// <param name="Level">The support price (null for a momentum turn).</param>
/// <param name="Outcome">True: the support held / the turn happened.</param>
/// <param name="Tested">For a support: D's low went below the level (whatever the close).</param>
public sealed record ScoredCall(CallKind Kind, string Subject, string Label, decimal? Level, bool Outcome, bool Tested, MomentumReading? Reading)
{
    /// <summary>For a support: the watch check saw it broken during D (and maybe alerted readers); null when no break of it was recorded.</summary>
    public LevelBreak? Break { get; init; }

    /// <summary>For a support: the day its low was set; null for a momentum turn.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>For a support named by the day it was set ("26 Jan low"): a sentence names it from <see cref="Date"/>, as a figure.</summary>
    public bool NamedByDate { get; init; }
}

public static class YesterdaysCalls
{
    /// <summary>Scores D−1's calls against D. Empty when either day lacks the figures; never throws.</summary>
    public static IReadOnlyList<ScoredCall> Score(IReadOnlyList<AssetFlow>? yesterday, IReadOnlyList<AssetFlow> today)
    {
        if (yesterday is null) return [];
        var calls = new List<ScoredCall>();
        foreach (var before in yesterday)
        {
            var now = today.FirstOrDefault(a => a.Symbol == before.Symbol);
            if (now is null || now.Close is not { } close || now.Low is not { } low) continue;

            if (before.Close is not null && SupportLevels.NearestBelow(before.SupportLevels) is { } support)
            {
                calls.Add(new ScoredCall(CallKind.Support, before.Symbol, support.Label, support.Price, close >= support.Price, low < support.Price, null)
                {
                    Date = support.Date,
                    NamedByDate = support.NamedByDate,
                });
            }
            if (Turned(before.Momentum.Reading, now.Momentum) is { } happened)
            {
                calls.Add(new ScoredCall(CallKind.MomentumTurn, before.Symbol, before.Momentum.Reading.ToString(), null, happened, false, before.Momentum.Reading));
            }
        }
        return calls;
    }

    /// <summary>
    /// Joins the watch check's recorded breaks of D to the support calls they concern: the same asset's nearest support
    /// at the same price (the level D−1's edition named). Breaks of other levels (a broken support to reclaim, an older
    /// edition's support) are not calls scored here and are left out.
    /// </summary>
    public static IReadOnlyList<ScoredCall> WithBreaks(IReadOnlyList<ScoredCall> calls, IReadOnlyList<LevelBreak> breaks)
    {
        if (breaks.Count == 0) return calls;
        return [.. calls.Select(c => c.Kind == CallKind.Support
            && breaks.Where(b => b.Symbol == c.Subject && b.Kind == WatchLevel.NearestSupport && b.Level == c.Level).MinBy(b => b.At) is { } seen
                ? c with { Break = seen }
                : c)];
    }

    /// <summary>
    /// Whether the signal that D−1's reading named (the watch list's "next signal") is true on D; null when D−1 named none
    /// or D has no reading. Kept beside the words in ReadingWords.NextSignal.
    /// </summary>
    public static bool? Turned(MomentumReading yesterday, Momentum today)
    {
        if (today.Rsi4h is not { } rsi || today.Macd4h is not { } macd) return null;
        return yesterday switch
        {
            MomentumReading.Oversold => rsi >= MomentumRules.Oversold,
            MomentumReading.Overbought => rsi <= MomentumRules.Overbought,
            MomentumReading.CorrectiveBounceInDowntrend => rsi >= MomentumRules.Midline && macd >= 0,
            MomentumReading.WeakeningUptrend => macd < 0,
            MomentumReading.RecoveringMomentum => macd >= 0,
            _ => null,
        };
    }
}
