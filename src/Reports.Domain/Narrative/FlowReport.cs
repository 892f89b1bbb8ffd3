using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>What renderers receive: the figures and the article written from them.</summary>
public sealed record FlowReport(FlowAnalysis Analysis, Article Article);
