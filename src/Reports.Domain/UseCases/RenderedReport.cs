namespace Reports.Domain.UseCases;

/// <summary>One format of one day's report, ready to store or send.</summary>
/// <param name="Format">File extension without the dot: "pdf", "html", "json".</param>
public sealed record RenderedReport(DateOnly Day, string Format, string ContentType, byte[] Content);
