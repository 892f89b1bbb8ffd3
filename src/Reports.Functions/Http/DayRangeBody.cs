using Microsoft.AspNetCore.Http;

namespace Reports.Functions.Http;

/// <summary>The body of the requests that name a range of days (Backfill, RebuildReports): <c>{"from":"yyyy-MM-dd","to":"yyyy-MM-dd"}</c>.</summary>
internal static class DayRangeBody
{
    private const int MaxBodyBytes = 4096;
    private const string Expected = "The body must be JSON like {\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}.";

    /// <param name="title">The problem's title when the body is not such a range.</param>
    public static async Task<((DateOnly From, DateOnly To)? Range, ProblemResult? Problem)> ReadAsync(HttpRequest request, string title, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<Body>(request, MaxBodyBytes, title, Expected, whenEmpty: null, cancellationToken);
        return body is { From: { } from, To: { } to }
            ? ((from, to), null)
            : (null, problem ?? ProblemResult.BadRequest("invalid-body", title, Expected));
    }

    /// <summary>Both days required, yyyy-MM-dd.</summary>
    private sealed record Body(DateOnly? From, DateOnly? To);
}
