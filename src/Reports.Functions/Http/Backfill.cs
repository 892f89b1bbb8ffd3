using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Http;

/// <summary>
/// HTTP POST /api/backfill with <c>{"from":"yyyy-MM-dd","to":"yyyy-MM-dd"}</c>: queues one ingest request per day
/// (at most <see cref="RequestBackfill.MaxDays"/>); <see cref="Queues.IngestRequested"/> does the work, one day per message.
/// </summary>
public sealed class Backfill(RequestBackfill backfill, ILogger<Backfill> logger)
{
    [Function(nameof(Backfill))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "backfill")] HttpRequest request,
        CancellationToken cancellationToken) =>
        DayRangeQueueing.QueueAsync(request, "backfill", IngestQueue.Name, backfill.Check, backfill.RunAsync, logger, cancellationToken);
}
