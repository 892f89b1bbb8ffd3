using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions.Http;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Http;

/// <summary>
/// HTTP POST /api/backfill with <c>{"from":"yyyy-MM-dd","to":"yyyy-MM-dd"}</c>: queues one ingest request per day
/// (at most <see cref="RequestBackfill.MaxDays"/>); <see cref="IngestRequested"/> does the work, one day per message.
/// </summary>
public sealed class Backfill(RequestBackfill backfill, ILogger<Backfill> logger)
{
    private const int MaxBodyBytes = 4096;

    [Function(nameof(Backfill))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "backfill")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (range, problem) = await ReadRangeAsync(request, cancellationToken);
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

    /// <summary>
    /// The body bound with System.Text.Json's typed reading and ASP.NET's web defaults (camelCase names, ISO dates).
    /// Whatever the bytes are, a failure is a 400 problem: the body is read to a bound, never past it.
    /// </summary>
    private static async Task<((DateOnly From, DateOnly To)? Range, ProblemResult? Problem)> ReadRangeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        const string expected = "The body must be JSON like {\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}.";
        if (request.ContentLength > MaxBodyBytes)
            return (null, TooLarge());
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            length += read;
        if (length > MaxBodyBytes)
            return (null, TooLarge());

        try
        {
            if (JsonSerializer.Deserialize<BackfillBody>(buffer.AsSpan(0, length), BodyJson) is { From: { } from, To: { } to })
                return ((from, to), null);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // Any way the bytes fail to be that object is the same answer for the caller.
        }
        return (null, ProblemResult.BadRequest("invalid-body", "Invalid backfill request", expected));

        ProblemResult TooLarge() => ProblemResult.BadRequest("invalid-body", "Body too large", $"The body is over {MaxBodyBytes} bytes. {expected}");
    }

    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerOptions.Web)
    {
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The request body: both days required, yyyy-MM-dd.</summary>
    private sealed record BackfillBody(DateOnly? From, DateOnly? To);
}
