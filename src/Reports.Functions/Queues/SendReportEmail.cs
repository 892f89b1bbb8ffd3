using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Delivery;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Storage;
using SendReportEmailUseCase = Reports.Domain.UseCases.SendReportEmail;

namespace Reports.Functions.Queues;

/// <summary>
/// Queue trigger on email-requests: sends the emails of one message (a batch of subscribers, or one). Failed sends are not thrown back to the host: the
/// use case queues the next attempt itself with a growing delay (the host's retry has a fixed one) and, after the
/// last, writes the request with its reason to email-requests-poison. What still throws (an unreadable message,
/// storage down) is retried by the host and poisoned after maxDequeueCount, with the reason logged here.
/// </summary>
public sealed class SendReportEmail(SendReportEmailUseCase send, FailedMessageLog failures, ILogger<SendReportEmail> logger)
{
    [Function(nameof(SendReportEmail))]
    public Task RunAsync(
        [QueueTrigger(EmailQueues.Requests, Connection = ReportsStorageOptions.ConnectionName)] QueueMessage message,
        CancellationToken cancellationToken) => HandleAsync(message, cancellationToken);

    /// <summary>The trigger's body, returning what happened to each request, in order (for tests and local drivers).</summary>
    public async Task<IReadOnlyList<DeliveryResult>> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var requests = EmailRequestJson.ReadMessage(message.Body?.ToString() ?? "");
            var results = await send.RunAsync(requests, cancellationToken);
            foreach (var (request, result) in requests.Zip(results))
            {
                logger.LogInformation("Email request {MessageId} for {Date} / {SubscriberId}: {Outcome} ({Detail})",
                    message.MessageId, DeliveryDates.Key(request.Date), request.SubscriberId, result.Outcome, result.Detail);
            }
            return results;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failures.Write(logger, EmailQueues.Requests, message, ex.Message, ex);
            throw;
        }
    }
}
