namespace Reports.Domain.UseCases.History;

/// <summary>A run of days one history source fills in one fetch: the unit of work of a bootstrap.</summary>
public sealed record HistoryChunk(string Source, DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public override string ToString() => $"{Source} {From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}

/// <summary>What one chunk did. Days counted: stored now, already stored, or left to the real figure.</summary>
public sealed record ChunkResult(HistoryChunk Chunk, int Stored, int AlreadyStored, int Fetches, ChunkOutcome Outcome, string? Reason = null)
{
    public bool Failed => Outcome is ChunkOutcome.SourceFailed or ChunkOutcome.StorageFailed;
}

public enum ChunkOutcome
{
    /// <summary>Every day of the chunk is stored (now or before).</summary>
    Complete,
    /// <summary>The provider failed; nothing of this chunk was written, other chunks and sources are unaffected.</summary>
    SourceFailed,
    /// <summary>The store failed; days written before the failure stay, the rest is fetched again by a re-run.</summary>
    StorageFailed,
}

/// <summary>Every chunk of a bootstrap, per source, with how long it takes at the providers' rate limits.</summary>
public sealed record BootstrapPlan(IReadOnlyList<HistoryChunk> Chunks, IReadOnlyDictionary<string, int> CallsPerSource)
{
    public int Calls => CallsPerSource.Values.Sum();
}
