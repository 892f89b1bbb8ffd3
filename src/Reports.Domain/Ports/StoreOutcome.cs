namespace Reports.Domain.Ports;

/// <summary>What a write to a store did.</summary>
public enum StoreOutcome
{
    /// <summary>Written now; nothing was there before.</summary>
    Stored,

    /// <summary>The same thing was already stored; nothing changed.</summary>
    AlreadyStored,

    /// <summary>A different version was there and was replaced (reports only: snapshots are immutable).</summary>
    Replaced,
}
