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
}
