using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Reports.Functions.Http;

/// <summary>304: the client's copy (by ETag) is current. Repeats ETag and Cache-Control as RFC 9110 asks.</summary>
public sealed class NotModifiedResult(string etag, string cacheControl) : IActionResult
{
    public string ETag => etag;

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status304NotModified;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        return Task.CompletedTask;
    }
}
