namespace Reports.Domain.Market;

/// <summary>Cuts loaded history into one <see cref="DailySnapshot"/> per UTC day: the unit a snapshot store keeps.</summary>
public static class DailySnapshotSplitter
{
    /// <summary>One snapshot per day that has any figure, in day order, all labelled <paramref name="source"/>.</summary>
    public static IReadOnlyList<DailySnapshot> Split(MarketData data, string source)
    {
        var global = data.Global.GroupBy(p => p.Date).ToDictionary(g => g.Key, g => g.First());
        var assets = data.Assets.Select(a => new
        {
            a.Symbol,
            Daily = a.Daily.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.First()),
            FourHour = a.FourHour.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => (IReadOnlyList<Candle>)g.OrderBy(c => c.OpenTime).ToList()),
            Derivatives = a.Derivatives.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First()),
        }).ToList();
        var cross = data.CrossMarkets.Select(m => new
        {
            m.Name,
            Daily = m.Daily.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.First()),
        }).ToList();

        var days = global.Keys
            .Concat(assets.SelectMany(a => a.Daily.Keys.Concat(a.FourHour.Keys).Concat(a.Derivatives.Keys)))
            .Concat(cross.SelectMany(m => m.Daily.Keys))
            .Distinct()
            .Order();

        var snapshots = new List<DailySnapshot>();
        foreach (var day in days)
        {
            var assetDays = new List<AssetDay>();
            foreach (var a in assets)
            {
                var daily = a.Daily.GetValueOrDefault(day);
                var fourHour = a.FourHour.GetValueOrDefault(day) ?? [];
                var derivatives = a.Derivatives.GetValueOrDefault(day);
                if (daily is not null || fourHour.Count > 0 || derivatives is not null)
                    assetDays.Add(new AssetDay(a.Symbol, daily, fourHour, derivatives));
            }

            var crossDays = cross
                .Where(m => m.Daily.ContainsKey(day))
                .Select(m => new CrossMarketDay(m.Name, m.Daily[day]))
                .ToList();
            snapshots.Add(new DailySnapshot(source, day, global.GetValueOrDefault(day), assetDays, crossDays));
        }
        return snapshots;
    }
}
