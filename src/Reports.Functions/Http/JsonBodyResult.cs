using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Reports.Functions.Http;

/// <summary>A small JSON response written directly (no MVC formatters needed in the worker or in tests).</summary>
public sealed class JsonBodyResult(int status, IReadOnlyDictionary<string, object> body) : IActionResult
{
    public int Status => status;

    public IReadOnlyDictionary<string, object> Body => body;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(response.Body, body, JsonSerializerOptions.Web, context.HttpContext.RequestAborted);
    }
}
