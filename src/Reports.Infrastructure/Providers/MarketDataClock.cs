namespace Reports.Infrastructure.Providers;

/// <summary>
/// Decides which UTC day is "today" for the market-data sources. Kept apart from the <see cref="TimeProvider"/>
/// the resilience pipelines take from the container, so a test can fix the date without freezing retry delays
/// and timeouts (Polly would otherwise wait on a fake clock that never moves).
/// </summary>
public sealed class MarketDataClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset UtcNow => Time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(UtcNow.UtcDateTime);

    /// <summary>True once the whole UTC day has passed, so its daily bar is final.</summary>
    public bool HasClosed(DateOnly day) => day < Today;

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
