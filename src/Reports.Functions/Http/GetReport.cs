using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions.Http;

namespace Reports.Functions.Http;

/// <summary>
/// HTTP GET /api/reports/{date}?assets=BTC,ETH&amp;format=pdf|html|json: the stored report, or one built on demand.
/// Bad input is a 400 problem, a day without data a 404, a storage outage a 503; never a 500 for what the caller sent.
/// </summary>
public sealed class GetReport(
    ReportOnDemand reports,
    IEnumerable<IReportRenderer> renderers,
    TimeProvider clock,
    IOptions<ReportsFunctionsOptions> options,
    ILogger<GetReport> logger)
{
    private readonly IReadOnlyList<IReportRenderer> renderers = renderers.ToList();

    [Function(nameof(GetReport))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{date}")] HttpRequest request,
        string date,
        CancellationToken cancellationToken)
    {
        var (query, problem) = ReportQuery.Parse(date, request.Query, CompleteDays.Last(clock), renderers);
        if (query is null) return problem!;

        var cacheControl = $"private, max-age={options.Value.ReportCacheSeconds}";
        try
        {
            var served = await reports.GetAsync(query.Day, query.Assets, query.Renderer, cancellationToken);
            var etag = EntityTags.For(served.Report.Content);
            logger.LogInformation("Report {Day} {Format} for {Assets}: {Bytes} bytes, {Origin}",
                query.Day, query.Renderer.Format, query.Assets.Count == 0 ? "all assets" : string.Join(",", query.Assets),
                served.Report.Content.Length, served.FromArchive ? "stored" : "built on demand");

            if (EntityTags.Matches(request.Headers.IfNoneMatch, etag))
                return new NotModifiedResult(etag, cacheControl);
            return new ReportFileResult(served.Report.Content, served.Report.ContentType, query.FileName, etag, cacheControl);
        }
        catch (UnknownAssetException e)
        {
            var unknown = ProblemResult.BadRequest("unknown-asset", "Unknown asset", e.Message);
            unknown.Extensions["knownAssets"] = e.Available;
            return unknown;
        }
        catch (MarketDataException e)
        {
            return new ProblemResult(StatusCodes.Status404NotFound, "urn:flow-reports:problem:no-data", "No data for that day", e.Message);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "Report {Day} could not be served: storage unavailable", query.Day);
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, "urn:flow-reports:problem:storage-unavailable",
                "Storage unavailable", "The report store cannot be reached right now; try again shortly.") { RetryAfterSeconds = 30 };
        }
    }
}
