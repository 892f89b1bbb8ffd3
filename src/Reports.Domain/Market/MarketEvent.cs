namespace Reports.Domain.Market;

/// <summary>Dated context an analyst would cite: a central-bank decision, ETF flows, a hack.</summary>
public sealed record MarketEvent(DateOnly Date, string Kind, string Text, string? SourceUrl);
