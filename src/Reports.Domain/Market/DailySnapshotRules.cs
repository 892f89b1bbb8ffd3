using System.Text.RegularExpressions;

namespace Reports.Domain.Market;

/// <summary>
/// What a stored <see cref="DailySnapshot"/> must satisfy: checked before it is committed (so a bad fetch never
/// becomes a stored day) and again when it is read back (so a damaged blob is skipped with a warning).
/// </summary>
public static partial class DailySnapshotRules
{
    private static readonly TimeSpan FourHours = TimeSpan.FromHours(4);

    /// <summary>Source names end up in storage paths, so they are kept to lower-case letters, digits and hyphens.</summary>
    public static bool IsValidSourceName(string? name) => name is not null && SourceNamePattern().IsMatch(name);

    /// <summary>Asset and market names as stored: an upper-case <see cref="AssetSymbol"/>.</summary>
    public static bool IsValidSymbol(string? symbol) => AssetSymbol.IsCanonical(symbol);

    /// <summary>Every rule the snapshot breaks, in plain words; empty when it may be stored.</summary>
    public static IReadOnlyList<string> Check(DailySnapshot snapshot, string expectedSource, DateOnly expectedDay)
    {
        var problems = new List<string>();
        if (!IsValidSourceName(snapshot.Source))
            problems.Add($"source name '{snapshot.Source}' is not 1-40 lower-case letters, digits or hyphens");
        if (snapshot.Source != expectedSource)
            problems.Add($"snapshot is from '{snapshot.Source}', expected '{expectedSource}'");
        if (snapshot.Day != expectedDay)
            problems.Add($"snapshot is for {snapshot.Day:yyyy-MM-dd}, expected {expectedDay:yyyy-MM-dd}");

        var day = snapshot.Day;
        if (snapshot.Global is { } global)
        {
            if (global.Date != day) problems.Add($"total market cap is dated {global.Date:yyyy-MM-dd}");
            if (global.TotalMarketCapUsd <= 0) problems.Add("total market cap is not positive");
            if (global.TotalVolumeUsd < 0) problems.Add("total volume is negative");
        }

        foreach (var duplicate in snapshot.Assets.GroupBy(a => a.Symbol).Where(g => g.Count() > 1))
            problems.Add($"asset {duplicate.Key} appears {duplicate.Count()} times");
        foreach (var asset in snapshot.Assets)
            CheckAsset(asset, day, problems);

        foreach (var duplicate in snapshot.CrossMarkets.GroupBy(m => m.Name).Where(g => g.Count() > 1))
            problems.Add($"market {duplicate.Key} appears {duplicate.Count()} times");
        foreach (var market in snapshot.CrossMarkets)
        {
            if (!IsValidSymbol(market.Name)) problems.Add($"market name '{market.Name}' is not an upper-case symbol ({AssetSymbol.Rule})");
            CheckDailyCandle(market.Daily, day, market.Name, problems);
        }

        return problems;
    }

    private static void CheckAsset(AssetDay asset, DateOnly day, List<string> problems)
    {
        var symbol = asset.Symbol;
        if (!IsValidSymbol(symbol)) problems.Add($"asset symbol '{symbol}' is not an upper-case symbol ({AssetSymbol.Rule})");
        if (asset.Daily is { } daily) CheckDailyCandle(daily, day, symbol, problems);

        DateTimeOffset? previous = null;
        foreach (var bar in asset.FourHour)
        {
            var label = $"{symbol} 4h bar at {bar.OpenTime.UtcDateTime:yyyy-MM-dd HH:mm}";
            if (bar.Day != day) problems.Add($"{label} is not on {day:yyyy-MM-dd}");
            if (bar.OpenTime.UtcTicks % FourHours.Ticks != 0) problems.Add($"{label} is not on a 4-hour boundary");
            if (previous is { } p && bar.OpenTime <= p) problems.Add($"{label} is out of order or repeated");
            CheckPrices(bar, label, problems);
            previous = bar.OpenTime;
        }

        if (asset.Derivatives is { } d)
        {
            if (d.Date != day) problems.Add($"{symbol} derivatives are dated {d.Date:yyyy-MM-dd}");
            if (d.OpenInterestUsd < 0 || d.LongLiquidationsUsd < 0 || d.ShortLiquidationsUsd < 0)
                problems.Add($"{symbol} derivatives have a negative figure");
        }
    }

    private static void CheckDailyCandle(Candle candle, DateOnly day, string name, List<string> problems)
    {
        var label = $"{name} daily bar";
        if (candle.OpenTime.UtcTicks != day.ToDateTime(TimeOnly.MinValue).Ticks)
            problems.Add($"{label} opens at {candle.OpenTime.UtcDateTime:yyyy-MM-dd HH:mm}, not at 00:00 UTC on {day:yyyy-MM-dd}");
        CheckPrices(candle, label, problems);
    }

    private static void CheckPrices(Candle c, string label, List<string> problems)
    {
        if (c.Open <= 0 || c.High <= 0 || c.Low <= 0 || c.Close <= 0) problems.Add($"{label} has a price that is not positive");
        else if (c.Low > Math.Min(c.Open, c.Close) || c.High < Math.Max(c.Open, c.Close))
            problems.Add($"{label} has open/close outside its low-high range");
        if (c.Volume < 0) problems.Add($"{label} has a negative volume");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex SourceNamePattern();
}
