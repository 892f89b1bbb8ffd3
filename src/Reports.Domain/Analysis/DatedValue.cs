namespace Reports.Domain.Analysis;

/// <summary>A figure and the UTC day it was observed.</summary>
public sealed record DatedValue(DateOnly Date, decimal Value);
