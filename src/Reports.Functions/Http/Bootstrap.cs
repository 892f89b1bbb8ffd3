using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Ports;
using Reports.Domain.UseCases.History;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Http;

/// <summary>
/// HTTP POST /api/bootstrap with an optional <c>{"days":400}</c>: queues the history a first report needs as bounded
/// chunks on the ingest queue (docs/providers.md, "History bootstrap"); <see cref="IngestRequested"/> fills each one.
/// Run once after deploy; running it again is harmless (stored days are skipped).
/// </summary>
public sealed class Bootstrap(RequestHistory history, ILogger<Bootstrap> logger)
{
    private const int MaxBodyBytes = 1024;

    [Function(nameof(Bootstrap))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "bootstrap")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (days, problem) = await ReadDaysAsync(request, cancellationToken);
        if (days is not { } d) return problem!;
        try
        {
            var plan = await history.AllAsync(d, cancellationToken);
            logger.LogInformation("Bootstrap queued {Chunks} chunks ({Calls} provider calls) for {Days} days", plan.Chunks.Count, plan.Calls, d);
            return new JsonBodyResult(StatusCodes.Status202Accepted, new Dictionary<string, object>
            {
                ["days"] = d,
                ["chunks"] = plan.Chunks.Select(c => c.ToString()).ToList(),
                ["calls"] = plan.Calls,
                ["queue"] = IngestQueue.Name,
            });
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "Bootstrap could not be queued");
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, "urn:flow-reports:problem:storage-unavailable",
                "Queue unavailable", "The ingest queue cannot be reached right now; chunks already queued are harmless to queue again.") { RetryAfterSeconds = 30 };
        }
    }

    private static async Task<(int? Days, ProblemResult? Problem)> ReadDaysAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = $"The body must be empty or JSON like {{\"days\":{HistoryNeeds.BootstrapDays}}} with 1 to {HistoryNeeds.MaxBootstrapDays} days.";
        var (body, problem) = await JsonBody.ReadAsync(request, MaxBodyBytes, "Invalid bootstrap request", expected,
            whenEmpty: new BootstrapBody(HistoryNeeds.BootstrapDays), cancellationToken);
        return body is { Days: >= 1 and <= HistoryNeeds.MaxBootstrapDays and var days }
            ? (days, null)
            : (null, problem ?? ProblemResult.BadRequest("invalid-body", "Invalid bootstrap request", expected));
    }

    /// <summary>The request body: how many days back from yesterday.</summary>
    private sealed record BootstrapBody(int? Days);
}
