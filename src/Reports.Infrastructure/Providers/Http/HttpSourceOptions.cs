using System.ComponentModel.DataAnnotations;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>
/// Settings every HTTP market-data source shares: whether it runs, its client-side rate limit and its resilience
/// budget. The ranges mirror what Polly accepts, so a bad value fails at start-up instead of at the first call.
/// </summary>
public abstract class HttpSourceOptions : IValidatableObject
{
    public bool Enabled { get; set; } = true;

    /// <summary>Whole budget for one request including retries and their waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Budget for one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after the first attempt for transient failures (network, 408, 429, 5xx, attempt timeout); 0 disables retrying.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After we wait for on 429/503; a longer one ends the fetch as RateLimited at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Client-side limit: at most this many requests per <see cref="RateLimitWindow"/>; extra requests wait their turn.</summary>
    [Range(1, 100_000)]
    public int RateLimitPermits { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The base-URL settings to check, as (full setting name, value); a null value is not set and not checked.</summary>
    protected abstract IEnumerable<(string Setting, string? Value)> BaseUrls { get; }

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AttemptTimeout > TotalTimeout)
        {
            yield return new ValidationResult(
                $"AttemptTimeout ({AttemptTimeout}) must not exceed TotalTimeout ({TotalTimeout}).",
                [nameof(AttemptTimeout), nameof(TotalTimeout)]);
        }
        foreach (var (setting, value) in BaseUrls.Where(u => u.Value is not null))
        {
            if (!(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                yield return new ValidationResult($"{setting} must be an absolute http(s) URL, got '{value}'.", [setting]);
            }
        }
    }
}
