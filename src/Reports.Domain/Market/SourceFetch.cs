namespace Reports.Domain.Market;

/// <summary>What fetching one day from one source gave: the normalised snapshot and the raw responses behind it.</summary>
public sealed record SourceFetch(DailySnapshot Snapshot, IReadOnlyList<RawResponse> Raw);
