using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Reports.Domain.Ports;

namespace Reports.Functions.Http;

/// <summary>
/// The HTTP half shared by the functions that queue one message per day of a range (Backfill, RebuildReports): the
/// body read as a range, the range checked by the use case, 202 with what was queued, 503 when the queue is down.
/// </summary>
internal static class DayRangeQueueing
{
    /// <param name="what">What is queued, for titles and logs ("backfill", "report rebuild").</param>
    /// <param name="check">The use case's range rule: why the range cannot be queued, or null.</param>
    /// <param name="queue">The use case's run: the number of days queued.</param>
    public static async Task<IActionResult> QueueAsync(
        HttpRequest request,
        string what,
        string queueName,
        Func<DateOnly, DateOnly, string?> check,
        Func<DateOnly, DateOnly, CancellationToken, Task<int>> queue,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var (range, problem) = await DayRangeBody.ReadAsync(request, $"Invalid {what} request", cancellationToken);
        if (range is not { } r) return problem!;
        if (check(r.From, r.To) is { } invalid)
            return ProblemResult.BadRequest("invalid-range", "Invalid date range", invalid);

        try
        {
            var days = await queue(r.From, r.To, cancellationToken);
            logger.LogInformation("{What} queued {Days} days from {From} to {To}", what, days, r.From, r.To);
            return new JsonBodyResult(StatusCodes.Status202Accepted, new Dictionary<string, object>
            {
                ["from"] = r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = r.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["days"] = days,
                ["queue"] = queueName,
            });
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "{What} {From} to {To} could not be queued", what, r.From, r.To);
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, "urn:flow-reports:problem:storage-unavailable",
                "Queue unavailable", $"The {queueName} queue cannot be reached right now; days already queued are harmless to queue again.") { RetryAfterSeconds = 30 };
        }
    }
}
