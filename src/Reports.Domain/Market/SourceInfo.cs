namespace Reports.Domain.Market;

/// <summary>One input behind the report, for the methodology appendix.</summary>
/// <param name="Name">What it is, e.g. "BTC daily candles".</param>
/// <param name="Origin">Where it came from: a file path, a blob, a provider URL.</param>
/// <param name="Synthetic">True when generated rather than observed; the report says so.</param>
/// <param name="Provenance">Who published the data (e.g. "Yahoo Finance via SeedFlora/idx-daily-data").</param>
public sealed record SourceInfo(
    string Name,
    string Origin,
    DateOnly? From,
    DateOnly? To,
    int Rows,
    bool Synthetic = false,
    string? Provenance = null);
