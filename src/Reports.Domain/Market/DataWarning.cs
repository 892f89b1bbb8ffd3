namespace Reports.Domain.Market;

/// <summary>A problem found while loading data that was safe to skip; shown to the user, never silently dropped.</summary>
/// <param name="Source">The file or blob, e.g. "daily/BTC.csv".</param>
/// <param name="Line">1-based line number where known.</param>
public sealed record DataWarning(string Source, int? Line, string Message)
{
    public override string ToString() => Line is { } l ? $"{Source}:{l}: {Message}" : $"{Source}: {Message}";
}
