using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>
/// Sends a provider GET through the client's resilience pipeline, records the final answer as a
/// <see cref="RawResponse"/>, and turns every way it can fail into a <see cref="MarketDataSourceException"/>
/// whose message says what to do. Caller cancellation is rethrown as is.
/// </summary>
internal sealed class ProviderHttp(HttpClient http, string source, MarketDataClock clock, ILogger logger)
{
    /// <summary>Longest body excerpt quoted in an error message.</summary>
    private const int ExcerptLength = 200;

    public string Source => source;

    public async Task<ProviderResponse> GetAsync(ProviderRequest request, ICollection<RawResponse> raw, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(request.Uri, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var status = (int)response.StatusCode;
            logger.LogInformation(
                "{Source} GET {Uri} answered {Status} ({Bytes} bytes) in {ElapsedMs} ms",
                source, request.DisplayUri, status, body.Length, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            if (!response.IsSuccessStatusCode)
            {
                throw FromStatus(request, response, body);
            }

            var contentType = response.Content.Headers.ContentType?.ToString() ?? string.Empty;
            raw.Add(new RawResponse(request.DisplayUri, status, contentType, body, clock.UtcNow));
            return new ProviderResponse(request, status, contentType, body);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException ex)
        {
            throw Fail(SourceFailure.Timeout, $"no answer from {request.DisplayUri} within {ex.Timeout.TotalSeconds:0.###} s (after retries); the provider is slow or unreachable.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw Fail(SourceFailure.Unavailable, $"circuit open after repeated failures; {request.DisplayUri} was not called. Try again once the break (CircuitBreakerBreakDuration) is over.", ex);
        }
        catch (RateLimiterRejectedException ex)
        {
            throw Fail(SourceFailure.RateLimited, $"client-side rate limit queue is full; {request.DisplayUri} was not called.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw Fail(SourceFailure.Unavailable, $"request to {request.DisplayUri} failed: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex)
        {
            // Not the caller's token: HttpClient's own timeout fired.
            throw Fail(SourceFailure.Timeout, $"request to {request.DisplayUri} timed out.", ex);
        }
    }

    public MarketDataSourceException Fail(SourceFailure failure, string message, Exception? inner = null) =>
        new(source, failure, message, inner);

    private MarketDataSourceException FromStatus(ProviderRequest request, HttpResponseMessage response, byte[] body)
    {
        var code = (int)response.StatusCode;
        var said = Excerpt(body) is { Length: > 0 } text ? $" Provider said: {text}" : string.Empty;
        var at = $"HTTP {code} from {request.DisplayUri}.";
        return response.StatusCode switch
        {
            HttpStatusCode.UnavailableForLegalReasons => Fail(
                SourceFailure.RegionBlocked,
                $"{at} The provider refuses requests from this server's region. Set {request.BaseUrlSetting} to an endpoint you may use"
                + (request.RegionBlockedHint is { } hint ? $" ({hint})" : string.Empty) + ", or run the ingest from another region." + said),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Fail(
                SourceFailure.Unauthorized,
                request.KeySetting is { } key
                    ? $"{at} The API key is missing, wrong or lacks access to this endpoint; check {key}." + said
                    : $"{at} Access was refused (this endpoint needs no key, so the server's IP may be blocked)." + said),
            HttpStatusCode.TooManyRequests or (HttpStatusCode)418 => Fail(
                SourceFailure.RateLimited,
                $"{at} Rate limit exceeded" + RetryAfterText(response) + "; lower the source's RateLimitPermits or wait." + said),
            HttpStatusCode.NotFound => Fail(
                SourceFailure.Unavailable,
                $"{at} Not found; check {request.BaseUrlSetting}." + said),
            HttpStatusCode.RequestTimeout => Fail(SourceFailure.Timeout, at + said),
            _ when code >= 500 => Fail(
                SourceFailure.Unavailable,
                $"{at} The provider failed (still failing after retries)" + RetryAfterText(response) + "." + said),
            _ => Fail(SourceFailure.InvalidData, $"{at} The provider rejected the request." + said),
        };
    }

    private string RetryAfterText(HttpResponseMessage response) =>
        RetryAfter.From(response, clock.Time) is { } wait ? $" (it asked to retry after {wait.TotalSeconds:0} s)" : string.Empty;

    /// <summary>The start of a body as one line of printable text, for messages.</summary>
    internal static string Excerpt(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, ExcerptLength * 4));
        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = new string(chars).Trim();
        return line.Length <= ExcerptLength ? line : line[..ExcerptLength] + "…";
    }
}
