using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>
/// "Where the money went": the total cap's change split into Bitcoin, Ethereum, stablecoins, the rest of the top N and
/// the market outside it, led by the drain since the swing high when money left, else by the week (or the day).
/// Omitted, with the reason among the gaps, when there are no per-coin caps.
/// </summary>
internal static class AttributionWriter
{
    /// <summary>A window whose total moved less than this share of its starting cap (percent) is "little changed": no split.</summary>
    public const decimal FlatPct = 0.1m;

    public static ArticleSection? Write(FlowAnalysis a)
    {
        if (a.Attribution is not { } attribution) return null;
        if (attribution.Lead is not { } w) return null;
        var key = Key(w.Period);
        var p = new Prose();
        var path = $"attribution.windows[{key}]"; // the JSON names each window; docs/report-json.md
        var n = attribution.TopCoins;
        var since = key switch
        {
            "drain" => $"since {p.Date($"{path}.from", w.From)}",
            "week" => "over the week",
            _ => $"on {p.Date("date", a.Date)}",
        };

        var change = w.TotalChangeUsd;
        if (Math.Abs(change) < w.FromTotalUsd * FlatPct / 100m)
        {
            p.Say($"The total cap was little changed {since}, at {p.Money($"{path}.toTotalUsd", w.ToTotalUsd)}, so there is no flow to split.");
        }
        else
        {
            // Stablecoins have a sentence of their own below: their part is the change of their supply.
            // Parts under a million dollars are left unsaid: the house style would print them to the cent.
            var parts = Parts(w, n).Where(x => x.Field != "stablecoins" && Math.Abs(x.Usd) >= 1_000_000m).ToList();
            var with = parts.Where(x => Math.Sign(x.Usd) == Math.Sign(change)).ToList();
            var against = parts.Where(x => Math.Sign(x.Usd) != Math.Sign(change)).ToList();
            // A share of the total reads right only while every part moved with it: once one went the other way, the
            // others add up to more than the total and their shares pass 100%, so they are given in dollars only,
            // as what each lost or gained rather than what it "accounted for".
            var shares = against.Count == 0;
            var (moved, verb) = change < 0 ? ("left", shares ? "accounted for" : "lost") : ("arrived", shares ? "took" : "gained");
            var listed = with.Select((x, i) =>
                $"{x.Name}{(i == 0 ? $" {verb}" : "")} {p.Money($"{path}.{x.Field}Usd", Math.Abs(x.Usd))}"
                + (shares ? $" ({p.Percent($"{path}.{x.Field}SharePct", w.SharePct(x.Usd)!.Value)})" : "")).ToList();
            if (listed.Count == 0)
                p.Say($"The total cap {(change < 0 ? "fell" : "rose")} {p.Money($"{path}.totalChangeUsd", Math.Abs(change))} {since}.");
            else
                // "net" tells the reader before the first figure that a part may be larger than the whole.
                p.Say($"Of the {(shares ? "" : "net ")}{p.Money($"{path}.totalChangeUsd", Math.Abs(change))} that {moved} {since}, {Words.List(listed)}.");
            if (against.Count > 0)
                p.Say($"{Words.Capitalised(Words.List(against.Select(x => x.Name).ToList()))} went the other way, "
                    + $"{Words.List(against.Select(x => $"{(x.Usd > 0 ? "up" : "down")} {p.Money($"{path}.{x.Field}Usd", Math.Abs(x.Usd))}").ToList())}.");
            // Only a share inside (0, 100] reads as "carried X% of it"; a tracked move against the total would not.
            if (w.TrackedAssetsSharePct is { } tracked and > 0 and <= 100 && attribution.TrackedAssets.Count > 0)
                p.Say($"The assets this report follows, {Words.List(attribution.TrackedAssets)}, carried {p.Percent($"{path}.trackedAssetsSharePct", tracked)} of it.");
        }

        WriteStablecoins(p, w, path);
        WriteDominance(p, w, path);
        // The day's own split, unless the lead window already is that day (a swing high on D−1 makes the drain the day).
        if (key != "day" && attribution.Day is { } day && day.From != w.From && Math.Abs(day.TotalChangeUsd) >= day.FromTotalUsd * FlatPct / 100m)
            WriteDay(p, a, day, n);

        return new ArticleSection(SectionTitles.WhereTheMoneyWent, [p.Take()]);
    }

    /// <summary>The window's name in figure paths, as the JSON names it (attribution.windows[name]).</summary>
    private static string Key(AttributionPeriod period) => period switch
    {
        AttributionPeriod.Drain => "drain",
        AttributionPeriod.Week => "week",
        _ => "day",
    };

    private static List<(string Name, string Field, decimal Usd)> Parts(AttributionWindow w, int n) =>
    [
        ("Bitcoin", "btc", w.BtcUsd),
        ("Ethereum", "eth", w.EthUsd),
        ("stablecoins", "stablecoins", w.StablecoinsUsd),
        ($"the rest of the top {n}", "restOfTop", w.RestOfTopUsd),
        ($"coins outside the top {n}", "outsideTop", w.OutsideTopUsd),
    ];

    private static void WriteStablecoins(Prose p, AttributionWindow w, string path)
    {
        var supply = w.StablecoinSupplyChangeUsd;
        var rule = Rules.DryPowder(w);
        var to = p.Money($"{path}.toStablecoinSupplyUsd", w.ToStablecoinSupplyUsd);
        if (rule is null)
        {
            p.Say($"Stablecoin supply, the market's dry powder, was little changed at {to}.");
            return;
        }
        var moved = $"{(supply > 0 ? "rose" : "fell")} {p.Money($"{path}.stablecoinSupplyChangeUsd", Math.Abs(supply))} to {to}";
        p.Say(rule == Rules.Parked ? $"Stablecoin supply, the market's dry powder, {moved}, so part of the money parked in stablecoins rather than left crypto."
            // The fall was stated by the paragraph's first sentence; a section states a figure once.
            : rule == Rules.LittleParked ? $"Stablecoin supply, the market's dry powder, {moved}, small against the fall: little of the money parked in stablecoins."
            : rule == Rules.LeftCrypto ? $"Stablecoin supply, the market's dry powder, {moved} as well: money left crypto rather than parking in stablecoins."
            : rule == Rules.PowderDeployed ? $"Stablecoin supply, the market's dry powder, {moved}, consistent with dry powder being put to work."
            : $"Stablecoin supply, the market's dry powder, {moved} as well, so dry powder kept building.", rule);
    }

    private static void WriteDominance(Prose p, AttributionWindow w, string path)
    {
        var from = p.Percent($"{path}.fromBtcDominancePct", w.FromBtcDominancePct);
        var to = p.Percent($"{path}.toBtcDominancePct", w.ToBtcDominancePct);
        if (Math.Abs(w.BtcDominanceChangePp) < Dominance.MinShiftPp)
        {
            p.Say($"Bitcoin's share of the total held at {to}.");
            return;
        }
        var rule = Rules.DominanceShift(w);
        var moved = $"{(w.BtcDominanceChangePp > 0 ? "rose" : "fell")} from {from} to {to}";
        p.Say(rule == Rules.FlightToQuality ? $"Bitcoin's share of the total {moved} as the market fell: a flight to quality."
            : rule == Rules.Broadening ? $"Bitcoin's share of the total {moved} as the market rose: the advance broadened beyond Bitcoin."
            : $"Bitcoin's share of the total {moved}.", rule);
    }

    private static void WriteDay(Prose p, FlowAnalysis a, AttributionWindow day, int n)
    {
        // Under a million dollars a part is "little changed": the house style would print it to the cent.
        var parts = Parts(day, n).Select(x => Math.Abs(x.Usd) < 1_000_000m ? $"{x.Name} little changed"
            : $"{x.Name} {(x.Usd >= 0 ? "up" : "down")} {p.Money($"attribution.windows[day].{x.Field}Usd", Math.Abs(x.Usd))}").ToList();
        p.Say($"On {p.Date("date", a.Date)} itself the total {(day.TotalChangeUsd < 0 ? "fell" : "rose")} {p.Money("attribution.windows[day].totalChangeUsd", Math.Abs(day.TotalChangeUsd))}: {Words.List(parts)}.");
    }
}
