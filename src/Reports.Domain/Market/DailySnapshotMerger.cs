namespace Reports.Domain.Market;

/// <summary>
/// Joins stored daily snapshots of several sources into one history. Where two sources give the same figure for
/// the same day, the source ranked first wins (the priority list, then source name); derivatives and total volume
/// are merged field by field, because one provider often has open interest and another the liquidations.
/// </summary>
public static class DailySnapshotMerger
{
    /// <returns>Market series only: <see cref="MarketData.Sources"/>, events and warnings are left empty for the caller.</returns>
    public static MarketData Merge(IEnumerable<DailySnapshot> snapshots, IReadOnlyList<string>? sourcePriority = null)
    {
        var priority = sourcePriority ?? [];
        var ranked = snapshots
            .OrderBy(s => s.Day)
            .ThenBy(s => UseCases.History.Estimates.IsEstimate(s.Source)) // an observed figure always beats an estimate
            .ThenBy(s => Rank(priority, s.Source))
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();

        var global = new SortedDictionary<DateOnly, MarketCapPoint>();
        var assets = new Dictionary<string, AssetBuilder>(StringComparer.OrdinalIgnoreCase);
        var cross = new SortedDictionary<string, SortedDictionary<DateOnly, Candle>>(StringComparer.Ordinal);

        foreach (var snapshot in ranked)
        {
            if (snapshot.Global is { } point)
            {
                global[snapshot.Day] = global.TryGetValue(snapshot.Day, out var first)
                    ? first with { TotalVolumeUsd = first.TotalVolumeUsd ?? point.TotalVolumeUsd }
                    : point;
            }

            foreach (var asset in snapshot.Assets)
            {
                if (!assets.TryGetValue(asset.Symbol, out var builder))
                    assets[asset.Symbol] = builder = new AssetBuilder(asset.Symbol);
                builder.Add(snapshot.Day, asset);
            }

            foreach (var market in snapshot.CrossMarkets)
            {
                if (!cross.TryGetValue(market.Name, out var days))
                    cross[market.Name] = days = new SortedDictionary<DateOnly, Candle>();
                days.TryAdd(snapshot.Day, market.Daily);
            }
        }

        return MarketData.Empty with
        {
            Global = global.Values.ToList(),
            Assets = assets.Values
                .OrderBy(a => a.Symbol, Comparer<string>.Create(MarketData.CompareSymbols))
                .Select(a => a.Build())
                .ToList(),
            CrossMarkets = cross.Select(m => new CrossMarketSeries(m.Key, m.Value.Values.ToList())).ToList(),
        };
    }

    private static int Rank(IReadOnlyList<string> priority, string source)
    {
        for (var i = 0; i < priority.Count; i++)
        {
            if (string.Equals(priority[i], source, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return priority.Count;
    }

    /// <summary>Collects one asset's days; the first (best-ranked) value for a day is kept.</summary>
    private sealed class AssetBuilder(string symbol)
    {
        private readonly SortedDictionary<DateOnly, Candle> daily = new();
        private readonly SortedDictionary<DateOnly, IReadOnlyList<Candle>> fourHour = new();
        private readonly SortedDictionary<DateOnly, DerivativesPoint> derivatives = new();

        public string Symbol => symbol;

        public void Add(DateOnly day, AssetDay asset)
        {
            if (asset.Daily is { } candle) daily.TryAdd(day, candle);
            if (asset.FourHour.Count > 0) fourHour.TryAdd(day, asset.FourHour);
            if (asset.Derivatives is { } point)
            {
                derivatives[day] = derivatives.TryGetValue(day, out var first)
                    ? first with
                    {
                        OpenInterestUsd = first.OpenInterestUsd ?? point.OpenInterestUsd,
                        LongLiquidationsUsd = first.LongLiquidationsUsd ?? point.LongLiquidationsUsd,
                        ShortLiquidationsUsd = first.ShortLiquidationsUsd ?? point.ShortLiquidationsUsd,
                    }
                    : point;
            }
        }

        public AssetSeries Build() => new(
            symbol,
            daily.Values.ToList(),
            fourHour.Values.SelectMany(bars => bars).ToList(),
            derivatives.Values.ToList());
    }
}
