using Azure.Storage.Queues;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Infrastructure.Storage;

namespace Reports.Infrastructure.Email;

/// <summary>
/// The request queue on Azure Queue Storage, with its "-poison" twin. Messages are Base64-encoded because that is
/// what the Functions queue trigger expects by default.
/// </summary>
public sealed class StorageQueueEmailRequests(QueueClient requests, QueueClient poison) : IEmailRequestQueue
{
    // Queue Storage's limit on how long a message may stay invisible.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);
    private readonly CreateOnce created = new(ct => Task.WhenAll(requests.CreateIfNotExistsAsync(cancellationToken: ct), poison.CreateIfNotExistsAsync(cancellationToken: ct)));

    public QueueClient Requests => requests;

    public QueueClient Poison => poison;

    public async Task EnqueueAsync(EmailRequest request, TimeSpan delay, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var visibility = delay <= TimeSpan.Zero ? (TimeSpan?)null : delay > MaxDelay ? MaxDelay : delay;
        await requests.SendMessageAsync(EmailRequestJson.Write(request), visibility, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task PoisonAsync(FailedEmailRequest failed, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        // Never expire: a poisoned delivery waits for a person.
        await poison.SendMessageAsync(EmailRequestJson.Write(failed), visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken)
            .ConfigureAwait(false);
    }
}
