using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Http;

/// <summary>
/// HTTP POST /api/rebuild-reports with <c>{"from":"yyyy-MM-dd","to":"yyyy-MM-dd"}</c>: queues one report build per
/// day (at most <see cref="RequestReportRebuild.MaxDays"/>), so the archive can be regenerated after a renderer change;
/// <see cref="Queues.ReportBuildRequested"/> rebuilds and re-archives each day.
/// </summary>
public sealed class RebuildReports(RequestReportRebuild rebuild, ILogger<RebuildReports> logger)
{
    [Function(nameof(RebuildReports))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "rebuild-reports")] HttpRequest request,
        CancellationToken cancellationToken) =>
        DayRangeQueueing.QueueAsync(request, "report rebuild", ReportBuildQueue.Name, rebuild.Check, rebuild.RunAsync, logger, cancellationToken);
}
