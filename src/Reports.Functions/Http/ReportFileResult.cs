using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Reports.Functions.Http;

/// <summary>A report's bytes with the headers a browser or client needs to show, save and revalidate it.</summary>
public sealed class ReportFileResult(byte[] content, string contentType, string fileName, string etag, string cacheControl) : IActionResult
{
    public byte[] Content => content;

    public string ContentType => contentType;

    public string ETag => etag;

    /// <summary>Sent as Content-Security-Policy when set (the public archive's pages).</summary>
    public string? ContentSecurityPolicy { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        // The header type quotes and escapes the name; the name is built from validated parts only anyway.
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = fileName }.ToString();
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        if (ContentSecurityPolicy is not null) response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await response.Body.WriteAsync(content, context.HttpContext.RequestAborted);
    }
}
