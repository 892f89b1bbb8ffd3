namespace Reports.Rendering.Json.Contract;

/// <summary>One input behind the report; <c>synthetic</c> marks generated rather than observed data.</summary>
public sealed record SourceDto(string Name, string Origin, DateOnly? From, DateOnly? To, int Rows, bool Synthetic, string? Provenance);
