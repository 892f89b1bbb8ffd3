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
    /// <summary>
    /// Queue Storage takes a message of up to 64 KiB as sent, and Base64 turns every 3 bytes of JSON into 4: so 48 KiB
    /// of JSON. A message of <see cref="Reports.Domain.UseCases.FanOutDailyEmails.MaxPerMessage"/> requests is 15-30 KiB.
    /// </summary>
    public const int MaxMessageBytes = 48 * 1024;

    // Queue Storage's limit on how long a message may stay invisible.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);
    private readonly CreateOnce created = new(ct => Task.WhenAll(requests.CreateIfNotExistsAsync(cancellationToken: ct), poison.CreateIfNotExistsAsync(cancellationToken: ct)));

    public QueueClient Requests => requests;

    public QueueClient Poison => poison;

    public async Task EnqueueAsync(IReadOnlyList<EmailRequest> batch, TimeSpan delay, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var visibility = delay <= TimeSpan.Zero ? (TimeSpan?)null : delay > MaxDelay ? MaxDelay : delay;
        foreach (var message in EmailRequestJson.Messages(batch, MaxMessageBytes))
            await requests.SendMessageAsync(message, visibility, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken).ConfigureAwait(false);
    }

    public async Task PoisonAsync(FailedEmailRequest failed, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        // Never expire: a poisoned delivery waits for a person.
        await poison.SendMessageAsync(EmailRequestJson.Write(failed), visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken)
            .ConfigureAwait(false);
    }
}
