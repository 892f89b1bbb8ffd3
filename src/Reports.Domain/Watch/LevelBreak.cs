namespace Reports.Domain.Watch;

/// <summary>
/// A watch level the watch check saw broken during a UTC day, recorded once per (day, level) whoever is subscribed:
/// the next edition's scored calls read it (docs/metrics.md, "Yesterday's calls").
/// </summary>
/// <param name="Kind">The JSON edition's watch kind (<see cref="WatchLevel.NearestSupport"/>, <see cref="WatchLevel.ReclaimBrokenSupport"/>).</param>
/// <param name="Price">The latest price the check saw past the level.</param>
/// <param name="At">When the check first saw it (hourly checks: the break itself came at or before).</param>
/// <param name="AlertedAt">When the first alert email about it went out; null when none did (nobody opted in, quiet hours, failed sends).</param>
public sealed record LevelBreak(string Symbol, string Kind, decimal Level, decimal Price, DateTimeOffset At, DateTimeOffset? AlertedAt);
