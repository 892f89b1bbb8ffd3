namespace Reports.Domain.Ports;

/// <summary>Who published a stored snapshot's data and whether it was generated; becomes the report's <see cref="Market.SourceInfo"/>.</summary>
public sealed record SnapshotLabel(string? Provenance = null, bool Synthetic = false)
{
    /// <summary>Observed data fetched from a live provider, named by the source itself.</summary>
    public static SnapshotLabel Observed { get; } = new();
}
