using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>The windows over which the total cap's change is split.</summary>
public enum AttributionPeriod
{
    /// <summary>D−1 to D.</summary>
    Day,

    /// <summary>D−7 to D.</summary>
    Week,

    /// <summary>The 30-day swing high (<see cref="MarketFlow.SwingHigh"/>) to D: the drain.</summary>
    Drain,
}

/// <summary>
/// Where the money went over one window: the total cap's change split into BTC, ETH, stablecoins, the rest of the
/// top N and the market outside the top N. The parts add up to <see cref="TotalChangeUsd"/> exactly: the last part
/// is what the others leave, so coins entering or leaving the top N between the two days land in it.
/// </summary>
/// <param name="TrackedAssetsUsd">The change of the assets the report follows (null when one is not listed on both days).</param>
public sealed record AttributionWindow(
    AttributionPeriod Period,
    DateOnly From,
    DateOnly To,
    decimal FromTotalUsd,
    decimal ToTotalUsd,
    decimal BtcUsd,
    decimal EthUsd,
    decimal StablecoinsUsd,
    decimal RestOfTopUsd,
    decimal OutsideTopUsd,
    decimal FromBtcDominancePct,
    decimal ToBtcDominancePct,
    decimal FromStablecoinSupplyUsd,
    decimal ToStablecoinSupplyUsd,
    decimal? TrackedAssetsUsd,
    bool FlightToQuality)
{
    /// <summary>Total cap on <see cref="To"/> minus on <see cref="From"/> (negative: money left).</summary>
    public decimal TotalChangeUsd => ToTotalUsd - FromTotalUsd;

    public decimal BtcDominanceChangePp => ToBtcDominancePct - FromBtcDominancePct;

    /// <summary>Stablecoin supply change: "dry powder" that stayed on-chain when positive on a falling market.</summary>
    public decimal StablecoinSupplyChangeUsd => ToStablecoinSupplyUsd - FromStablecoinSupplyUsd;

    /// <summary>A part as a share of the total change, in percent (null when the total did not move).</summary>
    public decimal? SharePct(decimal partUsd) => TotalChangeUsd == 0 ? null : partUsd / TotalChangeUsd * 100m;

    public decimal? TrackedAssetsSharePct => TrackedAssetsUsd is { } t ? SharePct(t) : null;
}

/// <summary>Per-coin caps on D summed by part, and the split of the total's change over the day, the week and the drain.</summary>
/// <param name="TopCoins">How many coins D's list holds (the N of "top N").</param>
/// <param name="TrackedAssets">The report's assets, whose combined share of each change is measured.</param>
public sealed record FlowAttribution(
    DateOnly Date,
    int TopCoins,
    decimal TotalMarketCapUsd,
    decimal BtcMarketCapUsd,
    decimal EthMarketCapUsd,
    decimal StablecoinSupplyUsd,
    decimal RestOfTopUsd,
    decimal OutsideTopUsd,
    decimal BtcDominancePct,
    IReadOnlyList<string> TrackedAssets,
    AttributionWindow? Day,
    AttributionWindow? Week,
    AttributionWindow? Drain)
{
    /// <summary>The windows that could be measured, in the order day, week, drain.</summary>
    public IEnumerable<AttributionWindow> Windows => new[] { Day, Week, Drain }.OfType<AttributionWindow>();

    /// <summary>
    /// The window the report leads with (prose and chart): the drain when money left since the swing high, otherwise
    /// the week, else the drain or the day, whichever was measured; null when none was.
    /// </summary>
    public AttributionWindow? Lead => Drain is { TotalChangeUsd: < 0 } ? Drain : Week ?? Drain ?? Day;

    /// <summary>
    /// Days of per-coin caps the attribution of day D reads, D included: back to the swing high's window start
    /// (the day's and the week's base days lie inside it). A report's load reads no older caps.
    /// </summary>
    public static int CapDaysRead(AnalysisSettings settings) => Math.Max(settings.SwingHighWindowDays, 7) + 1;

    /// <summary>The first of the <paramref name="capDays"/> days of per-coin caps that end on <paramref name="day"/>.</summary>
    public static DateOnly FirstCapDay(DateOnly day, int capDays) =>
        day.DayNumber - (capDays - 1) < DateOnly.MinValue.DayNumber ? DateOnly.MinValue : day.AddDays(-(capDays - 1));

    /// <summary>
    /// The attribution for D, or null with the reason in <paramref name="gaps"/>: no caps for D, no total for D, BTC or
    /// ETH not listed, or caps that add up to more than the total. A window whose base day lacks caps is null, with a gap.
    /// </summary>
    public static FlowAttribution? Calculate(MarketData data, DateOnly day, MarketFlow market, AnalysisSettings settings, out IReadOnlyList<string> gaps)
    {
        var found = new List<string>();
        gaps = found;
        var tracked = data.Assets.Select(a => a.Symbol).ToList();
        if (data.CoinCaps.Count == 0)
        {
            // A store may hold older caps, but the attribution reads only these days (and a report's load no others).
            var from = FirstCapDay(day, CapDaysRead(settings));
            found.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"No per-coin market caps are stored for {from:yyyy-MM-dd} to {day:yyyy-MM-dd}, so where the money went (the flow attribution) is left out."));
            return null;
        }

        var today = CapDay.Of(data, day, tracked, out var problem);
        if (today is null)
        {
            found.Add($"{problem}, so where the money went (the flow attribution) is left out.");
            return null;
        }

        AttributionWindow? Window(AttributionPeriod period, DateOnly from, string name)
        {
            var start = CapDay.Of(data, from, tracked, out var missing);
            if (start is null)
            {
                found.Add($"{missing}, so {name} attribution is left out.");
                return null;
            }
            return Between(period, start.Value, today.Value);
        }

        var dayWindow = Window(AttributionPeriod.Day, day.AddDays(-1), "the day's");
        var weekWindow = Window(AttributionPeriod.Week, day.AddDays(-7), "the week's");
        var drainWindow = market.SwingHigh is { } high ? Window(AttributionPeriod.Drain, high.Date, "the drain's") : null;
        var t = today.Value;
        return new FlowAttribution(
            day, t.Coins, t.TotalUsd, t.BtcUsd, t.EthUsd, t.StablecoinsUsd, t.RestOfTopUsd, t.OutsideTopUsd,
            Dominance.Pct(t.BtcUsd, t.TotalUsd), tracked, dayWindow, weekWindow, drainWindow);
    }

    private static AttributionWindow Between(AttributionPeriod period, CapDay from, CapDay to)
    {
        var total = to.TotalUsd - from.TotalUsd;
        var btc = to.BtcUsd - from.BtcUsd;
        var eth = to.EthUsd - from.EthUsd;
        var stablecoins = to.StablecoinsUsd - from.StablecoinsUsd;
        var rest = to.RestOfTopUsd - from.RestOfTopUsd;
        var fromDominance = Dominance.Pct(from.BtcUsd, from.TotalUsd);
        var toDominance = Dominance.Pct(to.BtcUsd, to.TotalUsd);
        return new AttributionWindow(
            period, from.Day, to.Day, from.TotalUsd, to.TotalUsd,
            btc, eth, stablecoins, rest,
            OutsideTopUsd: total - btc - eth - stablecoins - rest,
            fromDominance, toDominance, from.StablecoinsUsd, to.StablecoinsUsd,
            TrackedAssetsUsd: to.TrackedUsd - from.TrackedUsd,
            FlightToQuality: Dominance.IsFlightToQuality(total, toDominance - fromDominance));
    }

    /// <summary>One day's top-N list summed by part, against that day's total cap.</summary>
    private readonly record struct CapDay(
        DateOnly Day, int Coins, decimal TotalUsd, decimal BtcUsd, decimal EthUsd, decimal StablecoinsUsd, decimal RestOfTopUsd, decimal? TrackedUsd)
    {
        public decimal OutsideTopUsd => TotalUsd - BtcUsd - EthUsd - StablecoinsUsd - RestOfTopUsd;

        public static CapDay? Of(MarketData data, DateOnly day, IReadOnlyList<string> tracked, out string problem)
        {
            problem = "";
            decimal? btc = null, eth = null;
            decimal stablecoins = 0, rest = 0;
            var coins = 0;
            var trackedCaps = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var cap in data.CoinCaps.Between(day, day, c => c.Date))
            {
                coins++;
                if (tracked.Contains(cap.Symbol, StringComparer.Ordinal)) trackedCaps[cap.Symbol] = cap.MarketCapUsd;
                if (cap.Symbol == "BTC") btc = cap.MarketCapUsd;
                else if (cap.Symbol == "ETH") eth = cap.MarketCapUsd;
                else if (cap.Category == CoinCategory.Stablecoin) stablecoins += cap.MarketCapUsd;
                else rest += cap.MarketCapUsd;
            }

            var date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (coins == 0) problem = $"No per-coin market caps for {date}";
            else if (data.Global.OnDay(day) is not { } total) problem = $"No total market cap for {date}";
            else if (btc is null || eth is null) problem = $"{(btc is null ? "BTC" : "ETH")} is not among the per-coin market caps for {date}";
            else if (btc + eth + stablecoins + rest > total.TotalMarketCapUsd) problem = $"The per-coin market caps for {date} add up to more than the total market cap";
            else
            {
                decimal? trackedUsd = tracked.Count > 0 && tracked.All(trackedCaps.ContainsKey) ? trackedCaps.Values.Sum() : null;
                return new CapDay(day, coins, total.TotalMarketCapUsd, btc.Value, eth.Value, stablecoins, rest, trackedUsd);
            }
            return null;
        }
    }
}
