using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>"Flow summary": the market cap move, the drain, the loss from the peak, volume and liquidations.</summary>
internal static class FlowSummaryWriter
{
    public static ArticleSection Write(FlowAnalysis a)
    {
        var m = a.Market;
        var p = new Prose();
        var paragraphs = new List<Paragraph>();

        if (m.TotalMarketCapUsd is { } cap)
        {
            if (m.DailyChangePct is { } change && m.PreviousMarketCapUsd is { } previous)
            {
                var verb = Formats.RoundsToZero(change) ? "was little changed" : change > 0 ? "rose" : "fell";
                var moved = Formats.RoundsToZero(change) ? "" : $" {p.Percent("market.dailyChangePct", change)}";
                var preposition = Formats.RoundsToZero(change) ? "at" : "to";
                p.Say($"Total crypto market capitalisation {verb}{moved} on {p.Date("date", a.Date)} {preposition} {p.Money("market.totalMarketCapUsd", cap)}, "
                    + $"{(cap >= previous ? "up" : "down")} {p.Money("market.dailyChangeUsd", Math.Abs(m.DailyChangeUsd!.Value))} from {p.Money("market.previousMarketCapUsd", previous)} a day earlier.");
            }
            else
            {
                p.Say($"Total crypto market capitalisation was {p.Money("market.totalMarketCapUsd", cap)} on {p.Date("date", a.Date)}; the previous day is missing, so the daily move is unknown.");
            }

            if (m.SwingHigh is { } high && m.DrainUsd is { } drain)
            {
                var window = a.Settings.SwingHighWindowDays;
                if (drain > 0)
                {
                    p.Say($"That is {p.Money("market.drainUsd", drain)} below the {window}-day high of {p.Money("market.swingHighUsd", high.Value)} set on {p.Date("market.swingHighDate", high.Date)}: "
                        + $"a drain of {p.Money("market.drainPerDayUsd", m.DrainPerDayUsd!.Value)} a day over {p.Fig("market.drainDays", Formats.Count(m.DrainDays!.Value))} days.");
                }
                else if (drain == 0)
                {
                    p.Say($"That matches the {window}-day high of {p.Money("market.swingHighUsd", high.Value)} set on {p.Date("market.swingHighDate", high.Date)}.");
                }
                else
                {
                    p.Say($"That is {p.Money("market.drainUsd", -drain)} above the previous {window}-day high of {p.Money("market.swingHighUsd", high.Value)} from {p.Date("market.swingHighDate", high.Date)}: money is still arriving.");
                }
            }

            if (m.CyclePeak is { } peak && m.LossFromPeakUsd is { } loss)
            {
                p.Say(loss > 0
                    ? $"From the cycle peak of {p.Money("market.cyclePeakUsd", peak.Value)} on {p.Date("market.cyclePeakDate", peak.Date)}, the market has lost {p.Money("market.lossFromPeakUsd", loss)} ({p.Percent("market.lossFromPeakPct", m.LossFromPeakPct!.Value)})."
                    : $"It is a new {a.Settings.CyclePeakWindowDays}-day high, above the previous peak of {p.Money("market.cyclePeakUsd", peak.Value)} on {p.Date("market.cyclePeakDate", peak.Date)}.");
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

    private static void WriteActivity(FlowAnalysis a, Prose p)
    {
        var m = a.Market;
        if (m.TotalVolumeUsd is { } volume)
        {
            p.Say(m.VolumeRecord
                ? $"Traded volume reached {p.Money("market.totalVolumeUsd", volume)}, the highest in the stored history{PreviousRecord(p, "market.previousVolumeRecordUsd", m.PreviousVolumeRecord)}."
                : m.PreviousVolumeRecord is { } record
                    ? $"Traded volume was {p.Money("market.totalVolumeUsd", volume)}, {p.Percent("market.volumeVsRecordPct", m.VolumeVsRecordPct!.Value)} below the stored record of {p.Money("market.previousVolumeRecordUsd", record.Value)} on {p.Date("market.previousVolumeRecordDate", record.Date)}."
                    : $"Traded volume was {p.Money("market.totalVolumeUsd", volume)}.");
        }

        if (m.Liquidations is { } liq)
        {
            var who = string.Join(" and ", liq.Assets);
            var record = liq.Record ? $", the largest day in the stored data{PreviousRecord(p, "market.previousLiquidationsRecordUsd", liq.PreviousRecord)}" : "";
            p.Say($"Liquidations across {who} came to {p.Money("market.liquidationsUsd", liq.TotalUsd)}{record}.");
            if (liq.LongSharePct is { } longShare)
            {
                var longs = longShare >= 50;
                var marketFell = m.DailyChangePct < 0;
                var (side, major, minor, share) = longs
                    ? ("Longs", p.Money("market.longLiquidationsUsd", liq.LongUsd), p.Money("market.shortLiquidationsUsd", liq.ShortUsd), p.Percent("market.liquidationsLongSharePct", longShare))
                    : ("Shorts", p.Money("market.shortLiquidationsUsd", liq.ShortUsd), p.Money("market.longLiquidationsUsd", liq.LongUsd), p.Percent("market.liquidationsShortSharePct", liq.ShortSharePct!.Value));
                p.Say($"{side} took {major} of it ({share}), against {minor} on the other side{(longs, marketFell) switch
                {
                    (true, true) => ": forced selling added to the fall",
                    (true, false) => ": over-leveraged longs were flushed out even without a falling market",
                    (false, false) => ": shorts were squeezed",
                    (false, true) => ": shorts were caught by rebounds within the day",
                }}.");
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
