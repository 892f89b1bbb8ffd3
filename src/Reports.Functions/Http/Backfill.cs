using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Http;

/// <summary>
/// HTTP POST /api/backfill with <c>{"from":"yyyy-MM-dd","to":"yyyy-MM-dd"}</c>: queues one ingest request per day
/// (at most <see cref="RequestBackfill.MaxDays"/>); <see cref="IngestRequested"/> does the work, one day per message.
/// </summary>
public sealed class Backfill(RequestBackfill backfill, ILogger<Backfill> logger)
{
    [Function(nameof(Backfill))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "backfill")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (range, problem) = await DayRangeBody.ReadAsync(request, "Invalid backfill request", cancellationToken);
        if (range is not { } r) return problem!;
        if (backfill.Check(r.From, r.To) is { } invalid)
            return ProblemResult.BadRequest("invalid-range", "Invalid date range", invalid);

        try
        {
            var days = await backfill.RunAsync(r.From, r.To, cancellationToken);
            logger.LogInformation("Backfill queued {Days} days from {From} to {To}", days, r.From, r.To);
            return new JsonBodyResult(StatusCodes.Status202Accepted, new Dictionary<string, object>
            {
                ["from"] = r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = r.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["days"] = days,
                ["queue"] = IngestQueue.Name,
            });
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "Backfill {From} to {To} could not be queued", r.From, r.To);
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, "urn:flow-reports:problem:storage-unavailable",
                "Queue unavailable", "The ingest queue cannot be reached right now; days already queued are harmless to queue again.") { RetryAfterSeconds = 30 };
        }
    }
}
