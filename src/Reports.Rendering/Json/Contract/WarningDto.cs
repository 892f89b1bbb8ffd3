namespace Reports.Rendering.Json.Contract;

/// <summary>A data problem skipped while loading; <c>line</c> is 1-based, null when unknown.</summary>
public sealed record WarningDto(string Source, int? Line, string Message);
