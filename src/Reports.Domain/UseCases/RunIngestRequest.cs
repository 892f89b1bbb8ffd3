using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Market;
using Reports.Domain.UseCases.History;

namespace Reports.Domain.UseCases;

/// <summary>What one message on the ingest queue asks for: one day (Backfill, a retry) or a chunk of history (Bootstrap).</summary>
public abstract record IngestRequest
{
    private IngestRequest()
    {
    }

    public sealed record OneDay(DateOnly Day) : IngestRequest;

    public sealed record History(HistoryChunk Chunk) : IngestRequest;
}

/// <summary>
/// Carries out one queued ingest request: a day that has ended is ingested from every source, a history chunk of a
/// configured source is filled in. The answer is null when done, or why the request should be tried again (the
/// queue retries it, then moves it to its poison queue with that reason).
/// </summary>
public sealed class RunIngestRequest(IngestDay ingest, BootstrapHistory history, TimeProvider clock, ILogger<RunIngestRequest>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<RunIngestRequest>.Instance;

    public async Task<string?> RunAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        switch (request)
        {
            case IngestRequest.OneDay(var day):
                if (day > CompleteDays.Last(clock))
                    return $"{day:yyyy-MM-dd} has not ended yet (UTC)";
                var result = await ingest.RunAsync(day, cancellationToken).ConfigureAwait(false);
                IngestLog.Write(log, result);
                return result.ShouldRetry
                    ? string.Join("; ", result.Failures.Where(f => f.IsRetryable).Select(f => $"{f.Source}: {f.Reason}"))
                    : null;

            case IngestRequest.History(var chunk):
                if (!history.SourceNames.Contains(chunk.Source) || chunk.To > CompleteDays.Last(clock))
                    return $"{chunk} names no configured history source ({string.Join(", ", history.SourceNames)}) or a day not ended yet";
                var filled = await history.RunChunkAsync(chunk, cancellationToken).ConfigureAwait(false);
                log.LogInformation("History {Chunk}: {Outcome}, {Stored} days stored, {AlreadyStored} already there. {Reason}",
                    chunk.ToString(), filled.Outcome, filled.Stored, filled.AlreadyStored, filled.Reason);
                return filled.Failed ? $"{chunk}: {filled.Reason}" : null;

            default:
                throw new ArgumentOutOfRangeException(nameof(request), request, "Unknown ingest request.");
        }
    }
}
