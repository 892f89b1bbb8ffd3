using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Reports.Rendering.Html;

namespace Reports.Functions.Http.Archive;

/// <summary>One of the archive's own documents (the index, the feed, the not-found page) with its status and caching.</summary>
public sealed class HtmlPageResult(int status, byte[] content, string cacheControl, string? etag = null) : IActionResult
{
    public int Status => status;

    public byte[] Content => content;

    /// <summary>
    /// What a public page may load: nothing but its own inline style sheet and inline SVG (the editions and the archive
    /// pages are self-contained, with no scripts), so injected markup could not run or fetch anything.
    /// </summary>
    public const string ContentSecurity = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Another type than HTML (the Atom feed).</summary>
    public string? ContentTypeOverride { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypeOverride ?? ArchivePages.ContentType;
        response.ContentLength = content.Length;
        response.Headers.CacheControl = cacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurity;
        if (etag is not null) response.Headers.ETag = etag;
        await response.Body.WriteAsync(content, context.HttpContext.RequestAborted);
    }

    /// <summary>The styled error page; errors are not cached for long, so a day archived later shows up.</summary>
    public static HtmlPageResult Problem(int status, string title, string message) =>
        new(status, ArchivePages.Problem(title, message), "public, max-age=60");
}
