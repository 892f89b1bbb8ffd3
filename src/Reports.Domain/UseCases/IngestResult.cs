using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>What ingesting one day did, source by source.</summary>
public sealed record IngestResult(DateOnly Day, IReadOnlyList<SourceIngest> Sources)
{
    public IEnumerable<SourceIngest> Failures => Sources.Where(s => s.Outcome is IngestOutcome.SourceFailed or IngestOutcome.StorageFailed);

    /// <summary>The store failed: the run did not finish its job, whatever the sources did.</summary>
    public bool StorageFailed => Sources.Any(s => s.Outcome == IngestOutcome.StorageFailed);

    /// <summary>Some failure may go away on its own (an outage, a rate limit, the store): worth trying the day again.</summary>
    public bool ShouldRetry => Sources.Any(s => s.IsRetryable);
}

/// <summary>One source's part of an ingest.</summary>
/// <param name="Failure">How the source failed, when it said so; null for an unexpected error.</param>
public sealed record SourceIngest(string Source, IngestOutcome Outcome, SourceFailure? Failure = null, string? Reason = null)
{
    public bool IsRetryable => Outcome switch
    {
        IngestOutcome.StorageFailed => true,
        IngestOutcome.SourceFailed => Failure is null or SourceFailure.Unavailable or SourceFailure.RateLimited or SourceFailure.Timeout,
        _ => false,
    };

    public static SourceIngest SourceFailed(string source, SourceFailure? failure, string reason) =>
        new(source, IngestOutcome.SourceFailed, failure, reason);
}

public enum IngestOutcome
{
    Stored,
    AlreadyStored,
    /// <summary>The provider failed or sent data that breaks the snapshot rules; nothing was stored for it.</summary>
    SourceFailed,
    /// <summary>The data was fetched but the store could not take it; nothing partial is visible.</summary>
    StorageFailed,
}
