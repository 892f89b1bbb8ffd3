using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Reports.Functions.Http;

/// <summary>An RFC 9457 problem response (application/problem+json), written without MVC's formatters.</summary>
public sealed class ProblemResult(int status, string type, string title, string detail) : IActionResult
{
    public const string ContentType = "application/problem+json";

    public int Status => status;

    /// <summary>A stable URN per kind of problem, e.g. "urn:flow-reports:problem:invalid-date".</summary>
    public string Type => type;

    public string Title => title;

    public string Detail => detail;

    /// <summary>Seconds a client should wait before retrying (503 only).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Members beyond the standard five, e.g. "knownFormats".</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public static ProblemResult BadRequest(string kind, string title, string detail) =>
        new(StatusCodes.Status400BadRequest, $"urn:flow-reports:problem:{kind}", title, detail);

    /// <summary>Longest request path echoed as <c>instance</c>: a 100,000-character path must not come back whole.</summary>
    public const int MaxInstanceChars = 200;

    private static string? Bounded(string? path) => path is { Length: > MaxInstanceChars } ? path[..MaxInstanceChars] + "…" : path;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var problem = new ProblemDetails
        {
            Type = Type,
            Title = Title,
            Status = Status,
            Detail = Detail,
            Instance = Bounded(context.HttpContext.Request.Path.Value),
        };
        foreach (var (key, value) in Extensions) problem.Extensions[key] = value;

        var response = context.HttpContext.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        if (RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await JsonSerializer.SerializeAsync(response.Body, problem, JsonSerializerOptions.Web, context.HttpContext.RequestAborted);
    }
}
