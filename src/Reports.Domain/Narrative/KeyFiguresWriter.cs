using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>The key-figures table at the top of the article.</summary>
internal static class KeyFiguresWriter
{
    public static IReadOnlyList<KeyFigure> Write(FlowAnalysis a)
    {
        var m = a.Market;
        var abovePeakAtSwingHigh = m.LossFromPeakUsd < 0 && m.SwingHighIsPeak;
        var rows = new List<KeyFigure?>
        {
            new("Total market cap", Formats.Money(m.TotalMarketCapUsd), m.DailyChangePct is { } d ? $"{Formats.SignedPercent(d)} on the day" : null),
            m.DrainUsd < 0
                ? new($"Above {HighNames.SwingHigh(a)}", Formats.Money(-m.DrainUsd),
                    $"previous high {Formats.Money(m.SwingHigh!.Value)} on {Formats.ShortDate(m.SwingHigh.Date)}{(abovePeakAtSwingHigh && a.RecordsCoverSwingHigh ? $", also the {HighNames.Peak(a)}" : "")}")
                // As the flow summary says it: a gap under a pullback's size is no drain and has no pace.
                : m.SwingHigh is { } sh && m.DrainPct < MarketRegimes.PullbackDrainPct
                    ? new($"Below {HighNames.SwingHigh(a)}", Formats.Money(m.DrainUsd), $"high {Formats.Money(sh.Value)} on {Formats.ShortDate(sh.Date)}")
                    : new($"Drain since {HighNames.SwingHigh(a)}", Formats.Money(m.DrainUsd),
                        m.SwingHigh is { } h && m.DrainPerDayUsd is { } perDay ? $"{Formats.Money(perDay)} a day since {Formats.ShortDate(h.Date)}" : null),
            // Above the peak the cap has lost nothing: a negative loss would read as a loss of a gain. When the previous
            // peak is the previous 30-day high, the row above already says it (and names the peak in its note).
            abovePeakAtSwingHigh ? null
            : m.LossFromPeakUsd < 0
                ? new($"Above previous {HighNames.Peak(a)}", Formats.Money(-m.LossFromPeakUsd),
                    $"previous high {Formats.Money(m.CyclePeak!.Value)} on {Formats.ShortDate(m.CyclePeak.Date)}")
                : new($"Loss from {HighNames.Peak(a)}", Formats.Money(m.LossFromPeakUsd),
                    m.CyclePeak is { } peak && m.LossFromPeakPct is { } pct ? $"{Formats.SignedPercent(-pct)} from {Formats.Date(peak.Date)}" : null),
            // "record" as the prose says it: only over enough history to be news.
            new("Total volume", Formats.Money(m.TotalVolumeUsd), HistoryWords.IsNews(m.VolumeRecord, a.History.VolumeDays) ? "record" : null),
            // The label names the assets the total covers: a BTC-only total is not the market's.
            new(m.Liquidations is { } covered ? $"Liquidations ({string.Join(", ", covered.Assets)})" : "Liquidations", Formats.Money(m.Liquidations?.TotalUsd),
                m.Liquidations is { LongSharePct: { } longShare } l ? $"longs {Formats.Percent(longShare)}{(HistoryWords.IsNews(l.Record, a.History.LiquidationDays) ? ", record" : "")}" : null),
        };
        foreach (var x in a.Assets)
        {
            var notes = new List<string>();
            if (x.WeekChangePct is { } w) notes.Add($"{Formats.SignedPercent(w)} week");
            if (x.YtdChangePct is { } y) notes.Add($"{Formats.SignedPercent(y)} YTD");
            rows.Add(new KeyFigure(x.Symbol, Formats.Price(x.Close), notes.Count > 0 ? string.Join(", ", notes) : null));
        }
        return [.. rows.OfType<KeyFigure>()];
    }
}
