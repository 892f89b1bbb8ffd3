using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Reports.Functions.Tests.Support;

/// <summary>Real ASP.NET Core request objects for the HTTP functions, and the response their result writes.</summary>
public static class HttpCalls
{
    public static HttpRequest Get(IServiceProvider services, string path, string query = "", string? ifNoneMatch = null)
    {
        var context = NewContext(services, "GET", path, query);
        if (ifNoneMatch is not null) context.Request.Headers.IfNoneMatch = ifNoneMatch;
        return context.Request;
    }

    public static HttpRequest Post(IServiceProvider services, string path, string body)
    {
        var context = NewContext(services, "POST", path, "");
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return context.Request;
    }

    /// <summary>Executes the function's result against its request's context, as the worker's ASP.NET Core integration does.</summary>
    public static async Task<Response> ExecuteAsync(this IActionResult result, HttpRequest request)
    {
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        var body = ((MemoryStream)context.Response.Body).ToArray();
        return new Response(context.Response.StatusCode, context.Response.Headers, body);
    }

    private static DefaultHttpContext NewContext(IServiceProvider services, string method, string path, string query)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context;
    }

    public sealed record Response(int Status, IHeaderDictionary Headers, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);

        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}
