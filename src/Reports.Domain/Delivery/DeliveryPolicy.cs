namespace Reports.Domain.Delivery;

/// <summary>How hard a delivery is tried before it is parked in the poison queue.</summary>
/// <param name="MaxAttempts">Send attempts per request including the first. Each retry is a new, delayed queue message,
/// so this is independent of host.json's maxDequeueCount (which counts re-deliveries of a message the function throws back).</param>
/// <param name="FirstRetryDelay">Wait before the second attempt; each later wait doubles, up to <paramref name="MaxRetryDelay"/>.</param>
/// <param name="ClaimLease">How long a claim protects a delivery from other attempts; at least the function timeout.</param>
public sealed record DeliveryPolicy(int MaxAttempts, TimeSpan FirstRetryDelay, TimeSpan MaxRetryDelay, TimeSpan ClaimLease)
{
    public static DeliveryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(10));

    /// <summary>The wait after attempt <paramref name="failedAttempt"/> failed: 30 s, 1 min, 2 min, 4 min... capped.</summary>
    public TimeSpan RetryDelay(int failedAttempt)
    {
        var doublings = Math.Clamp(failedAttempt - 1, 0, 30);
        var ticks = FirstRetryDelay.Ticks * Math.Pow(2, doublings);
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
