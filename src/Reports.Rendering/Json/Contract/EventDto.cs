namespace Reports.Rendering.Json.Contract;

/// <summary>Dated context from events.csv: a central-bank decision, ETF flows, a hack.</summary>
public sealed record EventDto(DateOnly Date, string Kind, string Text, string? SourceUrl);
