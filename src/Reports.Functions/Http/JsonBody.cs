using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Reports.Functions.Http;

/// <summary>
/// A small JSON request body, read to a bound and bound with System.Text.Json's typed reading and ASP.NET's web
/// defaults (camelCase names, ISO dates; duplicate or unknown properties and quoted numbers refused). Whatever the bytes are, a failure
/// is a 400 problem, never a 500: the body is never read past the bound.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web)
    {
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict, // "400" is not a number
    };

    /// <param name="expected">What a good body looks like, for the problem's detail.</param>
    /// <param name="whenEmpty">The value of an empty body, or null when a body is required.</param>
    public static async Task<(T? Value, ProblemResult? Problem)> ReadAsync<T>(
        HttpRequest request, int maxBytes, string title, string expected, T? whenEmpty, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge());
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            length += read;
        if (length > maxBytes) return (null, TooLarge());
        if (whenEmpty is not null && buffer.AsSpan(0, length).Trim(" \t\r\n"u8).IsEmpty) return (whenEmpty, null);

        try
        {
            if (JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), Options) is { } value) return (value, null);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // Any way the bytes fail to be that object is the same answer for the caller.
        }
        return (null, ProblemResult.BadRequest("invalid-body", title, expected));

        ProblemResult TooLarge() => ProblemResult.BadRequest("invalid-body", "Body too large", $"The body is over {maxBytes} bytes. {expected}");
    }
}
