namespace Reports.Domain.UseCases;

/// <summary>Which report to build: a day (default: the last day in the data) and the assets to cover (default: all).</summary>
public sealed record ReportRequest(DateOnly? Date = null, IReadOnlyList<string>? Assets = null);
