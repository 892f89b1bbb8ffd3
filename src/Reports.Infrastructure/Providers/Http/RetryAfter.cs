using System.Net.Http.Headers;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>Reads a Retry-After header, which may be a number of seconds or an HTTP date.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider time) => From(response?.Headers.RetryAfter, time);

    public static TimeSpan? From(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
