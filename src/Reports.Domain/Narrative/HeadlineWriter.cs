using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>The title and the one-sentence standfirst, chosen by the day's regime.</summary>
internal static class HeadlineWriter
{
    public static string Headline(FlowAnalysis a, MarketRegime regime)
    {
        var m = a.Market;
        var month = Formats.MonthYear(a.Date);
        return regime switch
        {
            MarketRegime.Selloff => $"Crypto's {Formats.MoneyTitle(m.DrainUsd!.Value)} Drain: Flow Analysis of the {a.Date.Year} Selloff",
            MarketRegime.ReliefRally => $"Crypto Claws Back {Formats.MoneyTitle(DayMove(m))} in a Day: A Relief Rally in the {a.Date.Year} Selloff",
            MarketRegime.Pullback => $"Crypto Sheds {Formats.MoneyTitle(m.DrainUsd!.Value)} in {(m.DrainDays == 1 ? "a Day" : $"{m.DrainDays} Days")}: Flow Analysis of the {month} Pullback",
            MarketRegime.SharpDrop => $"Crypto Loses {Formats.MoneyTitle(DayMove(m))} in a Day: Flow Analysis of a Sharp Drop",
            MarketRegime.Rally when m.DrainUsd <= 0 => $"Crypto Breaks Its {a.Settings.SwingHighWindowDays}-Day High at {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}: Flow Analysis of the {month} Rally",
            MarketRegime.Rally => $"Crypto Adds {Formats.MoneyTitle(DayMove(m))} in a Day: Flow Analysis of the {month} Rally",
            MarketRegime.Quiet => $"Crypto Holds at {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}: Flow Analysis of a Quiet {a.Date.DayOfWeek}",
            MarketRegime.Drift => $"Crypto {(m.DailyChangePct >= 0 ? "Edges Up" : "Drifts Lower")} to {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}: Flow Analysis for {Formats.Date(a.Date)}",
            _ => LeadAssetHeadline(a),
        };
    }

    public static Sentence Standfirst(FlowAnalysis a, MarketRegime regime)
    {
        var p = new Prose();
        var m = a.Market;
        if (m.TotalMarketCapUsd is { } cap)
        {
            var move = m.DailyChangePct is { } d
                ? Formats.RoundsToZero(d) ? ", little changed on the day" : $" after a {p.Percent("market.dailyChangePct", d)} {(d >= 0 ? "rise" : "fall")} on the day"
                : "";
            var drain = m.DrainUsd is { } dr && m.SwingHigh is { } h
                ? dr >= 0
                    ? $", {p.Money("market.drainUsd", dr)} below its {a.Settings.SwingHighWindowDays}-day high of {p.Money("market.swingHighUsd", h.Value)}"
                    : $", {p.Money("market.drainUsd", -dr)} above its previous {a.Settings.SwingHighWindowDays}-day high"
                : "";
            p.Say($"Total crypto market capitalisation stood at {p.Money("market.totalMarketCapUsd", cap)} on {p.Date("date", a.Date)}{move}{drain}.");
        }
        else
        {
            p.Say($"Total market capitalisation is not available for {p.Date("date", a.Date)}; this report covers the assets with data.");
        }
        return p.Take().Sentences[0];
    }

    private static decimal DayMove(MarketFlow m) => Math.Abs(m.TotalMarketCapUsd!.Value - m.PreviousMarketCapUsd!.Value);

    private static string LeadAssetHeadline(FlowAnalysis a)
    {
        var lead = a.Assets.FirstOrDefault(x => x.Close is not null);
        return lead is null
            ? $"Crypto Flow Analysis for {Formats.Date(a.Date)}"
            : $"{lead.Symbol} at {Formats.Price(lead.Close!.Value)}: Crypto Flow Analysis for {Formats.Date(a.Date)}";
    }
}
