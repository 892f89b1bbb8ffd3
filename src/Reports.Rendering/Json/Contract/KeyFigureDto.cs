namespace Reports.Rendering.Json.Contract;

/// <summary>A row of the key-figures table, already formatted for reading.</summary>
public sealed record KeyFigureDto(string Label, string Value, string? Note);
