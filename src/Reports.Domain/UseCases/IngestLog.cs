using Microsoft.Extensions.Logging;

namespace Reports.Domain.UseCases;

/// <summary>One log line per source and day, with the outcome and reason as structured fields.</summary>
public static class IngestLog
{
    public static void Write(ILogger logger, IngestResult result)
    {
        foreach (var s in result.Sources)
        {
            switch (s.Outcome)
            {
                case IngestOutcome.Stored:
                case IngestOutcome.AlreadyStored:
                    logger.LogInformation("Ingest {Day} {Source}: {Outcome}", result.Day, s.Source, s.Outcome);
                    break;
                default:
                    logger.Log(
                        s.IsRetryable ? LogLevel.Error : LogLevel.Warning,
                        "Ingest {Day} {Source}: {Outcome} ({Failure}, retryable: {Retryable}): {Reason}",
                        result.Day, s.Source, s.Outcome, s.Failure?.ToString() ?? "unexpected", s.IsRetryable, s.Reason);
                    break;
            }
        }
    }
}
