using System.Globalization;

namespace Reports.Domain.Watch;

/// <summary>Which way a price must cross a level for it to count as broken.</summary>
public enum BreakDirection
{
    /// <summary>A support: broken when the price trades below it.</summary>
    Below,
    /// <summary>A broken support to reclaim: broken (reclaimed) when the price trades above it.</summary>
    Above,
}

/// <summary>
/// A price level an edition's "What to watch" names for one asset (the JSON edition's <c>watch[]</c> items
/// <c>nearestSupport</c> and <c>reclaimBrokenSupport</c>), followed between editions by the watch alerts.
/// </summary>
/// <param name="Label">The support's label as the edition gives it, e.g. "28 Oct 2024 low"; null when it has none.</param>
/// <param name="ExposureUsd">Open interest at risk where the level breaks, as the edition measured it.</param>
public sealed record WatchLevel(string Symbol, string Kind, decimal Level, BreakDirection Direction, string? Label, decimal? ExposureUsd)
{
    public const string NearestSupport = "nearestSupport", ReclaimBrokenSupport = "reclaimBrokenSupport";

    /// <summary>The level's identity in the alert ledger: the same level of the same asset is alerted once a day.</summary>
    public string Key => $"{Symbol}_{Kind}_{Level.ToString(CultureInfo.InvariantCulture)}";

    public bool IsBrokenBy(decimal price) => Direction == BreakDirection.Below ? price < Level : price > Level;
}

/// <summary>The levels of the newest archived edition.</summary>
public sealed record WatchEdition(DateOnly Date, IReadOnlyList<WatchLevel> Levels);

/// <summary>A level the latest price has crossed, and when that price was seen.</summary>
public sealed record WatchBreak(WatchLevel Level, decimal Price, DateTimeOffset At);
