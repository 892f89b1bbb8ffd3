namespace Reports.Domain.Market;

/// <summary>One OHLCV bar. <see cref="OpenTime"/> is the UTC instant the bar opens; a daily bar opens at 00:00 UTC.</summary>
public sealed record Candle(DateTimeOffset OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume)
{
    /// <summary>The UTC calendar day the bar opens on.</summary>
    public DateOnly Day => DateOnly.FromDateTime(OpenTime.UtcDateTime);

    public static Candle Daily(DateOnly day, decimal open, decimal high, decimal low, decimal close, decimal volume) =>
        new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), open, high, low, close, volume);
}
