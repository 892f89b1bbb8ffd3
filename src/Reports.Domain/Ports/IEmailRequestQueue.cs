using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>The queue that spreads the daily send over many small invocations, one subscriber each.</summary>
public interface IEmailRequestQueue
{
    /// <summary>Adds a request that becomes visible after <paramref name="delay"/> (zero: at once).</summary>
    Task EnqueueAsync(EmailRequest request, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Parks a request that ran out of attempts, with the reason, in the poison queue.</summary>
    Task PoisonAsync(FailedEmailRequest failed, CancellationToken cancellationToken);
}
