namespace Reports.Domain.Ports;

/// <summary>A provider failed in a known way; <see cref="Failure"/> says how, the message says what to do.</summary>
public sealed class MarketDataSourceException(string source, SourceFailure failure, string message, Exception? inner = null)
    : Exception($"{source}: {message}", inner)
{
    public string SourceName { get; } = source;

    /// <summary>What went wrong, without the source's name that <see cref="Exception.Message"/> starts with.</summary>
    public string Detail { get; } = message;
    public SourceFailure Failure { get; } = failure;
}

public enum SourceFailure
{
    /// <summary>Network error, 5xx after retries, or the circuit is open.</summary>
    Unavailable,
    /// <summary>HTTP 451 or a region block: configure an alternative base URL.</summary>
    RegionBlocked,
    RateLimited,
    Unauthorized,
    Timeout,
    /// <summary>The body did not have the documented shape.</summary>
    Malformed,
    /// <summary>Well-formed but wrong: another symbol or day, NaN, negative, a missing day.</summary>
    InvalidData,
    /// <summary>The source cannot serve that day (e.g. history beyond what a free plan offers).</summary>
    NotAvailableForDay,
    /// <summary>Disabled because no API key is configured.</summary>
    NotConfigured,
}
