using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Email;

/// <summary>
/// Queue trigger on email-requests: sends one subscriber's email. Failed sends are not thrown back to the host: the
/// use case queues the next attempt itself with a growing delay (the host's retry has a fixed one) and, after the
/// last, writes the request with its reason to email-requests-poison. What still throws (an unreadable message,
/// storage down) is retried by the host and poisoned after maxDequeueCount, with the reason logged here.
/// </summary>
public sealed class SendReportEmailFunction(SendReportEmail send, IOptions<ReportsFunctionsOptions> options, ILogger<SendReportEmailFunction> logger)
{
    [Function("SendReportEmail")]
    public Task RunAsync(
        [QueueTrigger(EmailQueues.Requests, Connection = ReportsStorageOptions.ConnectionName)] QueueMessage message,
        CancellationToken cancellationToken) => HandleAsync(message, cancellationToken);

    /// <summary>The trigger's body, returning what happened (for tests and local drivers).</summary>
    public async Task<DeliveryResult> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var request = EmailRequestJson.Read(message.Body?.ToString() ?? "");
            var result = await send.RunAsync(request, cancellationToken);
            logger.LogInformation("Email request {MessageId} for {Date} / {SubscriberId}: {Outcome} ({Detail})",
                message.MessageId, DeliveryDates.Key(request.Date), request.SubscriberId, result.Outcome, result.Detail);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var max = options.Value.MaxDequeueCount;
            if (message.DequeueCount >= max)
                logger.LogError(ex, "Email request {MessageId} failed on its last attempt ({Attempt} of {MaxAttempts}); it moves to {PoisonQueue}. Reason: {Reason}",
                    message.MessageId, message.DequeueCount, max, EmailQueues.PoisonOf(EmailQueues.Requests), ex.Message);
            else
                logger.LogWarning(ex, "Email request {MessageId} failed (attempt {Attempt} of {MaxAttempts}); the host retries it. Reason: {Reason}",
                    message.MessageId, message.DequeueCount, max, ex.Message);
            throw;
        }
    }
}
