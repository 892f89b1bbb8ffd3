using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Archive;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Rendering.Feed;
using Reports.Rendering.Html;

namespace Reports.Functions.Http.Archive;

/// <summary>
/// The public archive (anonymous, read-only): the index of editions, each archived edition as HTML, PDF or JSON, and
/// the Atom feed. It serves only what <see cref="Timers.BuildDailyReport"/> stored and never builds a report, so an
/// anonymous caller cannot spend the app's compute; <see cref="GetReport"/> (which builds) stays behind the function key.
/// </summary>
public sealed class PublicArchive(ReadArchive archive, TimeProvider clock, IOptions<PublicArchiveOptions> options, ILogger<PublicArchive> logger)
{
    private readonly PublicArchiveOptions settings = options.Value;

    [Function("ArchiveIndex")]
    public async Task<IActionResult> IndexAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ArchiveRoutes.IndexRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (page, problem) = ArchiveRequest.ParsePage(request.Query);
        if (problem is not null) return problem;
        return await ServeAsync(async () =>
        {
            var editions = await archive.PageAsync(page, cancellationToken);
            if (page > 1 && editions.Entries.Count == 0)
                return HtmlPageResult.Problem(StatusCodes.Status404NotFound, "No such page", $"The archive has {editions.Total} editions; page {page} is past the last one.");
            return Cached(request, ArchivePages.Index(editions, page, ReadArchive.PageSize), ArchivePages.ContentType, null, settings.IndexCacheSeconds);
        });
    }

    [Function("ArchiveEdition")]
    public async Task<IActionResult> EditionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ArchiveRoutes.EditionRoute)] HttpRequest request,
        string edition,
        CancellationToken cancellationToken)
    {
        var (asked, problem) = ArchiveRequest.ParseEdition(edition, CompleteDays.Last(clock));
        if (asked is null) return problem!;
        return await ServeAsync(async () =>
        {
            var stored = await archive.EditionAsync(asked.Day, asked.Format, cancellationToken);
            if (stored is null)
            {
                logger.LogInformation("Archive: no {Format} edition of {Day} stored", asked.Format, asked.Day);
                return ArchiveRequest.NotArchived($"{asked.Day:yyyy-MM-dd} has not been published.");
            }
            return Cached(request, stored.Content, stored.ContentType, $"flow-report-{asked.Day:yyyy-MM-dd}.{asked.Format}", settings.EditionCacheSeconds);
        });
    }

    [Function("ArchiveFeed")]
    public async Task<IActionResult> FeedAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ArchiveRoutes.FeedRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!settings.HasFeed)
            return HtmlPageResult.Problem(StatusCodes.Status404NotFound, "No feed", "This deployment has no public address configured, so it publishes no feed.");
        return await ServeAsync(async () =>
        {
            var latest = await archive.LatestAsync(cancellationToken);
            return Cached(request, AtomFeed.Write(latest.Entries, settings.PublicBaseUrl), AtomFeed.ContentType, null, settings.IndexCacheSeconds);
        });
    }

    /// <summary>Strong ETag from the bytes; a matching If-None-Match is a 304 without the body.</summary>
    private static IActionResult Cached(HttpRequest request, byte[] content, string contentType, string? fileName, int maxAge)
    {
        var etag = EntityTags.For(content);
        var cacheControl = $"public, max-age={maxAge}";
        if (EntityTags.Matches(request.Headers.IfNoneMatch, etag)) return new NotModifiedResult(etag, cacheControl);
        return fileName is null
            ? new HtmlPageResult(StatusCodes.Status200OK, content, cacheControl, etag) { ContentTypeOverride = contentType }
            : new ReportFileResult(content, contentType, fileName, etag, cacheControl) { ContentSecurityPolicy = HtmlPageResult.ContentSecurity };
    }

    private async Task<IActionResult> ServeAsync(Func<Task<IActionResult>> serve)
    {
        try
        {
            return await serve();
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError(e, "Archive could not be served: storage unavailable");
            return new ProblemResult(StatusCodes.Status503ServiceUnavailable, "urn:flow-reports:problem:storage-unavailable",
                "Storage unavailable", "The archive cannot be reached right now; try again shortly.") { RetryAfterSeconds = 30 };
        }
    }
}
