namespace Reports.Domain.UseCases.History;

/// <summary>
/// Stored sources whose figures are estimated rather than observed are named "…-estimated" (e.g. "global-estimated").
/// Whatever the configured priority, an observed figure for the same day always wins over an estimate.
/// </summary>
public static class Estimates
{
    public const string Suffix = "-estimated";

    public static bool IsEstimate(string source) => source.EndsWith(Suffix, StringComparison.Ordinal);
}
