using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>"Flow summary": the bottom line, the market cap move with its rank, the drain, the loss from the peak, volume and liquidations.</summary>
internal static class FlowSummaryWriter
{
    public static ArticleSection Write(FlowAnalysis a, Paragraph bottomLine, Mentions mentions)
    {
        var m = a.Market;
        var h = a.History;
        var p = new Prose(mentions);
        var paragraphs = new List<Paragraph> { bottomLine };

        if (m.TotalMarketCapUsd is { } cap)
        {
            if (m.DailyChangePct is { } change && m.PreviousMarketCapUsd is { } previous)
            {
                var verb = Formats.RoundsToZero(change) ? "was little changed" : change > 0 ? "rose" : "fell";
                var moved = Formats.RoundsToZero(change) ? "" : $" {p.Percent("market.dailyChangePct", change)}";
                var preposition = Formats.RoundsToZero(change) ? "at" : "to";
                p.Say($"Total crypto market capitalisation {verb}{moved} on {p.Date("date", a.Date)} {preposition} {p.Money("market.totalMarketCapUsd", cap)}, "
                    + $"{(cap >= previous ? "up" : "down")} {p.Money("market.dailyChangeUsd", Math.Abs(m.DailyChangeUsd!.Value))} from {p.Money("market.previousMarketCapUsd", previous)} a day earlier.");
                WriteMoveRank(a, p, change);
            }
            else
            {
                p.Say($"Total crypto market capitalisation was {p.Money("market.totalMarketCapUsd", cap)} on {p.Date("date", a.Date)}; the previous day is missing, so the daily move is unknown.");
            }

            if (h.MarketCapRecord && h.PreviousMarketCapRecord is { } record)
            {
                p.Say($"That is a record: the highest total cap {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", h.RecordsBegin)}, above the previous high of {p.Money("history.previousMarketCapRecordUsd", record.Value)} on {p.Date("history.previousMarketCapRecordDate", record.Date)}.", Rules.AllTimeHigh);
            }

            if (m.SwingHigh is { } high && m.DrainUsd is { } drain)
            {
                var swingHigh = HighNames.SwingHigh(a);
                if (drain > 0 && m.DrainPct < MarketRegimes.PullbackDrainPct)
                {
                    // A pace per day for a gap this small would dress noise up as a trend.
                    p.Say($"That is {p.Money("market.drainUsd", drain)} below the {swingHigh} of {p.Money("market.swingHighUsd", high.Value)} set on {p.Date("market.swingHighDate", high.Date)}, "
                        + $"less than {MarketRegimes.PullbackDrainPct}% under it: too small a gap to call a drain.", Rules.SmallGap);
                }
                else if (drain > 0)
                {
                    p.Say($"That is {p.Money("market.drainUsd", drain)} below the {swingHigh} of {p.Money("market.swingHighUsd", high.Value)} set on {p.Date("market.swingHighDate", high.Date)}: "
                        + $"a drain of {p.Money("market.drainPerDayUsd", m.DrainPerDayUsd!.Value)} a day over {p.Fig("market.drainDays", Words.Count(m.DrainDays!.Value, "day"))}.", Rules.DrainPace);
                }
                else if (drain == 0)
                {
                    p.Say($"That matches the {swingHigh} of {p.Money("market.swingHighUsd", high.Value)} set on {p.Date("market.swingHighDate", high.Date)}.");
                }
                else if (!h.MarketCapRecord)
                {
                    p.Say($"That is {p.Money("market.drainUsd", -drain)} above the previous {swingHigh} of {p.Money("market.swingHighUsd", high.Value)} from {p.Date("market.swingHighDate", high.Date)}: money is still arriving.");
                }
            }

            if (m.CyclePeak is { } peak && m.LossFromPeakUsd is { } loss && !h.MarketCapRecord)
            {
                // When the 30-day high is also the cycle peak the loss repeats the drain: say so instead of restating the figure.
                // A "365-day cycle peak" needs 365 days of records; over a shorter history it is the high since records begin.
                var fullCycle = a.RecordsCoverCyclePeak;
                // Built only when said: naming the start of records marks it as told to the reader.
                string Top() => fullCycle ? $"the {a.Settings.CyclePeakWindowDays}-day cycle peak" : $"the highest {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", h.RecordsBegin)}";
                if (loss > 0 && m.SwingHighIsPeak)
                {
                    // Over records shorter than the swing window the swing high is already named the high on record.
                    p.Say(a.RecordsCoverSwingHigh
                        ? $"That {HighNames.SwingHigh(a)} is also {Top()}, "
                            + $"so the drain is the whole loss from the top ({p.Percent("market.lossFromPeakPct", m.LossFromPeakPct!.Value)})."
                        : $"So the drain is the whole loss from the top ({p.Percent("market.lossFromPeakPct", m.LossFromPeakPct!.Value)}).");
                }
                else if (loss > 0)
                {
                    var top = fullCycle ? "the cycle peak of" : $"the high {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", h.RecordsBegin)},";
                    p.Say($"From {top} {p.Money("market.cyclePeakUsd", peak.Value)} on {p.Date("market.cyclePeakDate", peak.Date)}, the market has lost {p.Money("market.lossFromPeakUsd", loss)} ({p.Percent("market.lossFromPeakPct", m.LossFromPeakPct!.Value)}).");
                }
                else if (m.SwingHighIsPeak && m.DrainUsd < 0)
                {
                    // The sentence before named that high, as the previous 30-day high: say what else it was rather than name
                    // it twice. Over records shorter than the swing window it was named the previous high on record already.
                    if (a.RecordsCoverSwingHigh)
                        p.Say($"That previous high was also {Top()}.");
                }
                else
                {
                    p.Say(fullCycle
                        ? $"It is a new {a.Settings.CyclePeakWindowDays}-day high, above the previous peak of {p.Money("market.cyclePeakUsd", peak.Value)} on {p.Date("market.cyclePeakDate", peak.Date)}."
                        : $"It is above the previous high {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", h.RecordsBegin)}, {p.Money("market.cyclePeakUsd", peak.Value)} on {p.Date("market.cyclePeakDate", peak.Date)}.");
                }
            }
        }
        else
        {
            p.Say($"Total market capitalisation is not available for {p.Date("date", a.Date)}, so the market-wide drain cannot be measured; the asset figures below still apply.");
        }
        paragraphs.Add(p.Take());

        WriteActivity(a, p);
        if (!p.IsEmpty) paragraphs.Add(p.Take());

        return new ArticleSection(SectionTitles.FlowSummary, paragraphs);
    }

    /// <summary>The day's move against history: its rank and, for a strong day, what followed similar days.</summary>
    private static void WriteMoveRank(FlowAnalysis a, Prose p, decimal change)
    {
        var h = a.History;
        var noun = change > 0 ? "rise" : "fall";
        if (Math.Abs(change) >= Rules.StrongDayPct && h.DailyMoveRank is not null)
        {
            if (h.LargerMoveSince is null && h.DailyMoveDays >= MarketHistory.MinimumDaysForRecord)
                p.Say($"It was the largest one-day {noun} {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", h.RecordsBegin)}.", Rules.Ranked);
            else if (h.LargerMoveSince is { } since && a.Date.DayNumber - since.DayNumber >= HistoryWords.QuotedSinceDays)
                p.Say($"It was the largest one-day {noun} since {p.Date("history.largerMoveSince", since)}.", Rules.Ranked);
        }
        if (h.SimilarDaysMedianWeekAfterPct is { } median)
        {
            var after = Formats.RoundsToZero(median) ? "little changed" : $"a median {p.Percent("history.similarDaysMedianWeekAfterPct", median)} {(median > 0 ? "higher" : "lower")}";
            p.Say($"After the {p.Fig("history.similarDays", Formats.Count(h.SimilarDays))} largest earlier one-day {noun}s, the total cap was {after} a week later.", Rules.BaseRate);
        }
    }

    private static void WriteActivity(FlowAnalysis a, Prose p)
    {
        var m = a.Market;
        var h = a.History;
        if (m.TotalVolumeUsd is { } volume)
        {
            if (HistoryWords.IsNews(m.VolumeRecord, h.VolumeDays))
                p.Say($"Traded volume reached {p.Money("market.totalVolumeUsd", volume)}, the highest {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", h.RecordsBegin)}{PreviousRecord(p, "market.previousVolumeRecordUsd", m.PreviousVolumeRecord)}.", Rules.RecordVolume);
            else if (HistoryWords.Quotable(h.VolumeRank) && h.VolumeDays >= MarketHistory.MinimumDaysForRecord)
                p.Say($"Traded volume was {p.Money("market.totalVolumeUsd", volume)}, the {HistoryWords.Largest(p, "history.volumeRank", h.VolumeRank!.Value, "highest")} day {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", h.RecordsBegin)}.", Rules.Ranked);
            else if (m.PreviousVolumeRecord is { } record && m.VolumeVsRecordPct is { } vsRecord)
                // Above the earlier high is no record while the history is short (a record needs 30 days), but never "below".
                p.Say(vsRecord >= 0
                    ? $"Traded volume was {p.Money("market.totalVolumeUsd", volume)}, {p.Percent("market.volumeVsRecordPct", vsRecord)} above the previous high of {p.Money("market.previousVolumeRecordUsd", record.Value)} set on {p.Date("market.previousVolumeRecordDate", record.Date)}, too short a history to call it a record."
                    : $"Traded volume was {p.Money("market.totalVolumeUsd", volume)}, {p.Percent("market.volumeVsRecordPct", vsRecord)} below {(h.VolumeDays >= MarketHistory.MinimumDaysForRecord ? "the record" : "the previous high")} of {p.Money("market.previousVolumeRecordUsd", record.Value)} set on {p.Date("market.previousVolumeRecordDate", record.Date)}.");
            else
                p.Say($"Traded volume was {p.Money("market.totalVolumeUsd", volume)}.");
        }

        if (m.Liquidations is { } liq)
        {
            var who = Words.List(liq.Assets);
            var since = HistoryWords.SinceRecordsBegin(p, "history.liquidationsBegin", h.LiquidationsBegin);
            if (HistoryWords.IsNews(liq.Record, h.LiquidationDays))
                p.Say($"Liquidations on {who} came to {p.Money("market.liquidationsUsd", liq.TotalUsd)}, the largest day {since}{PreviousRecord(p, "market.previousLiquidationsRecordUsd", liq.PreviousRecord)}.", Rules.RecordLiquidations);
            else if (HistoryWords.Quotable(h.LiquidationsRank) && h.LiquidationDays >= MarketHistory.MinimumDaysForRecord)
                p.Say($"Liquidations on {who} came to {p.Money("market.liquidationsUsd", liq.TotalUsd)}, the {HistoryWords.Largest(p, "history.liquidationsRank", h.LiquidationsRank!.Value)} day {since}.", Rules.Ranked);
            else
                p.Say($"Liquidations on {who} came to {p.Money("market.liquidationsUsd", liq.TotalUsd)}.");
            if (liq.LongSharePct is { } longShare)
            {
                var longs = longShare >= 50;
                var (side, other, major, minor, share) = longs
                    ? ("Longs", "shorts", p.Money("market.longLiquidationsUsd", liq.LongUsd), p.Money("market.shortLiquidationsUsd", liq.ShortUsd), p.Percent("market.liquidationsLongSharePct", longShare))
                    : ("Shorts", "longs", p.Money("market.shortLiquidationsUsd", liq.ShortUsd), p.Money("market.longLiquidationsUsd", liq.LongUsd), p.Percent("market.liquidationsShortSharePct", liq.ShortSharePct!.Value));
                var rule = Rules.LiquidationSplit(liq, m.DailyChangePct, h.LiquidationsMedianUsd);
                var verdict = rule switch
                {
                    null => "; without the total market's move for the day, neither a flush nor a squeeze is called",
                    _ when rule == Rules.LongFlush => ": forced selling added to the fall, flushing out leveraged longs",
                    _ when rule == Rules.ShortSqueeze => ": shorts were squeezed as prices rose",
                    _ when rule == Rules.LightOneSided => $", but on a lighter day than the 30-day median of {p.Money("history.liquidationsMedianUsd", h.LiquidationsMedianUsd!.Value)}: too little forced {(longs ? "selling" : "buying")} to call a {(longs ? "flush" : "squeeze")}",
                    _ when rule == Rules.OneSidedAgainstMove => $", though the market moved the other way: intraday swings caught {side.ToLowerInvariant()}, not a trend",
                    _ => ": a two-sided day, too even to call a flush or a squeeze",
                };
                p.Say($"{side} took {major} of it ({share}), against {minor} of {other}{verdict}.", rule);
            }
        }
        else
        {
            p.Say("Liquidation data was not available for the day, so forced selling is not measured here.");
        }
    }

    private static string PreviousRecord(Prose p, string path, DatedValue? previous) =>
        previous is null ? "" : $" (previous record {p.Money(path, previous.Value)} on {p.Date(path.Replace("Usd", "Date"), previous.Date)})";
}
