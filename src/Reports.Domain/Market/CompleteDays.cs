namespace Reports.Domain.Market;

/// <summary>Which UTC days are over: a provider can only serve a whole day once it has ended.</summary>
public static class CompleteDays
{
    /// <summary>Today's UTC date by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Yesterday (UTC): the last day whose data is complete.</summary>
    public static DateOnly Last(TimeProvider clock) => Today(clock).AddDays(-1);
}
