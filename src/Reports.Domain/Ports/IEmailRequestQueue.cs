using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>The queue that spreads the daily send over many small invocations, a batch of subscribers each.</summary>
public interface IEmailRequestQueue
{
    /// <summary>
    /// Adds the requests as one message (several when one cannot hold them all) that becomes visible after
    /// <paramref name="delay"/> (zero: at once). The trigger handles a message's requests one after the other.
    /// </summary>
    Task EnqueueAsync(IReadOnlyList<EmailRequest> requests, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Parks a request that ran out of attempts, with the reason, in the poison queue.</summary>
    Task PoisonAsync(FailedEmailRequest failed, CancellationToken cancellationToken);
}

public static class EmailRequestQueueExtensions
{
    /// <summary>One request, one message.</summary>
    public static Task EnqueueAsync(this IEmailRequestQueue queue, EmailRequest request, TimeSpan delay, CancellationToken cancellationToken) =>
        queue.EnqueueAsync([request], delay, cancellationToken);
}
