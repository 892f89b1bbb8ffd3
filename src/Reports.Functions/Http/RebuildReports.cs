using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions.Queues;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Http;

/// <summary>
/// HTTP POST /api/rebuild-reports with <c>{"from":"yyyy-MM-dd","to":"yyyy-MM-dd"}</c>: queues one report build per
/// day (at most <see cref="RequestReportRebuild.MaxDays"/>), so the archive can be regenerated after a renderer change;
/// <see cref="ReportBuildRequested"/> rebuilds and re-archives each day.
/// </summary>
public sealed class RebuildReports(RequestReportRebuild rebuild, ILogger<RebuildReports> logger)
{
    [Function(nameof(RebuildReports))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "rebuild-reports")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (range, problem) = await DayRangeBody.ReadAsync(request, "Invalid rebuild request", cancellationToken);
        if (range is not { } r) return problem!;
        var (from, to) = r;
        if (rebuild.Check(from, to) is { } invalid)
            return ProblemResult.BadRequest("invalid-range", "Invalid date range", invalid);

        try
        {
            var days = await rebuild.RunAsync(from, to, cancellationToken);
            logger.LogInformation("Report rebuild queued {Days} days from {From} to {To}", days, from, to);
            return new JsonBodyResult(StatusCodes.Status202Accepted, new Dictionary<string, object>
            {
                ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["days"] = days,
                ["queue"] = ReportBuildQueue.Name,
            });
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "Report rebuild {From} to {To} could not be queued", from, to);
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, "urn:flow-reports:problem:storage-unavailable",
                "Queue unavailable", "The report-build queue cannot be reached right now; days already queued are harmless to queue again.") { RetryAfterSeconds = 30 };
        }
    }
}
