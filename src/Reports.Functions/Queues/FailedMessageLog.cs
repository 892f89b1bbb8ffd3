using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Infrastructure.Email;

namespace Reports.Functions.Queues;

/// <summary>
/// How every queue trigger reports a message that failed before it throws it back to the host: a warning while the
/// host will try again, an error naming the poison queue on the last attempt. The host's own limit is
/// <c>extensions.queues.maxDequeueCount</c> in host.json; <see cref="ReportsFunctionsOptions.MaxDequeueCount"/> mirrors it.
/// </summary>
public sealed class FailedMessageLog(IOptions<ReportsFunctionsOptions> options)
{
    public void Write(ILogger logger, string queue, QueueMessage message, string reason, Exception? exception = null)
    {
        var max = options.Value.MaxDequeueCount;
        if (message.DequeueCount >= max)
            logger.LogError(exception, "{Queue} message {MessageId} failed on its last attempt ({Attempt} of {MaxAttempts}); it moves to {PoisonQueue}. Reason: {Reason}",
                queue, message.MessageId, message.DequeueCount, max, EmailQueues.PoisonOf(queue), reason);
        else
            logger.LogWarning(exception, "{Queue} message {MessageId} failed (attempt {Attempt} of {MaxAttempts}); the host retries it. Reason: {Reason}",
                queue, message.MessageId, message.DequeueCount, max, reason);
    }
}
