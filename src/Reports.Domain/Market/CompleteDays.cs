namespace Reports.Domain.Market;

/// <summary>Which UTC days are over: a provider can only serve a whole day once it has ended.</summary>
public static class CompleteDays
{
    /// <summary>Today's UTC date by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Yesterday (UTC): the last day whose data is complete.</summary>
    public static DateOnly Last(TimeProvider clock) => Today(clock).AddDays(-1);

    /// <summary>No crypto market data exists before the Bitcoin genesis block.</summary>
    public static readonly DateOnly First = new(2009, 1, 3);

    /// <summary>
    /// The one rule for which days a report or a backfill may name: <see cref="First"/> through the last complete
    /// day. Checked before any load, so an impossible day costs nothing.
    /// </summary>
    /// <returns>Why <paramref name="day"/> cannot be asked for, or null when it can.</returns>
    public static string? Problem(DateOnly day, DateOnly lastComplete) =>
        day < First ? $"{day:yyyy-MM-dd} is before any crypto market data ({First:yyyy-MM-dd})."
        : day > lastComplete ? $"{day:yyyy-MM-dd} has not ended yet; the last complete UTC day is {lastComplete:yyyy-MM-dd}."
        : null;

    /// <summary>
    /// The rule for a range of days a request may name (a backfill, a rebuild, a CLI batch): <paramref name="from"/>
    /// not after <paramref name="to"/>, both allowed by <see cref="Problem"/>, at most <paramref name="maxDays"/> days.
    /// </summary>
    /// <param name="limit">How the bound reads: "backfilled per request", "rendered in one batch".</param>
    /// <param name="fromName">The first day's name as the caller's user wrote it: "'from'" (JSON), "--from".</param>
    /// <returns>Why the range cannot be asked for, or null when it can.</returns>
    public static string? RangeProblem(DateOnly from, DateOnly to, DateOnly lastComplete, int maxDays, string limit, string fromName = "'from'", string toName = "'to'")
    {
        if (from > to) return $"{fromName} ({from:yyyy-MM-dd}) is after {toName} ({to:yyyy-MM-dd}).";
        if (Problem(from, lastComplete) is { } badFrom) return $"{fromName}: {badFrom}";
        if (Problem(to, lastComplete) is { } badTo) return $"{toName}: {badTo}";
        var days = to.DayNumber - from.DayNumber + 1;
        return days > maxDays ? $"The range has {days} days; at most {maxDays} can be {limit}." : null;
    }
}
