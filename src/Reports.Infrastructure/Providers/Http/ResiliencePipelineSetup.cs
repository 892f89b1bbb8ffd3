using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>
/// The resilience handler every market-data client gets, outermost first: total timeout, retry (exponential
/// backoff with jitter, honouring Retry-After), circuit breaker, client-side rate limiter, attempt timeout.
/// The limiter sits inside the retry so every attempt, retries included, spends a permit.
/// </summary>
internal static class ResiliencePipelineSetup
{
    public static IHttpClientBuilder AddMarketDataResilience<TOptions>(this IHttpClientBuilder builder, string sourceName)
        where TOptions : HttpSourceOptions
    {
        builder.AddResilienceHandler($"{sourceName}-resilience", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total-timeout", Timeout = options.TotalTimeout });

            if (options.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    Name = "retry",
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.TotalTimeout,
                    // Retry-After is read below, so a too-long wait can be refused instead of blindly obeyed.
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter, time)),
                    DelayGenerator = args => ValueTask.FromResult(RetryAfter.From(args.Outcome.Result, time)),
                });
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                Name = "circuit-breaker",
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
            });

            var limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.RateLimitPermits,
                Window = options.RateLimitWindow,
                SegmentsPerWindow = 4,
                QueueLimit = 10_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
            context.OnPipelineDisposed(limiter.Dispose);
            pipeline.AddRateLimiter(limiter);

            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt-timeout", Timeout = options.AttemptTimeout });
        });
        return builder;
    }

    /// <summary>Transient failures are retried, except a 429/503 whose Retry-After asks for longer than we are willing to wait.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } response
            && RetryAfter.From(response, time) is { } wait
            && wait > maxRetryAfter)
        {
            return false;
        }
        return HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
