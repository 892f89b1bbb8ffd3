using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>
/// What the article, its tables and its charts call the two highs the drain and the loss are measured from. A window
/// named by its length needs records over that length: over a shorter history the window holds every stored day, so
/// its high is the high on record, and "30-day high" on a deployment's second day would claim 29 days nobody saw.
/// </summary>
public static class HighNames
{
    /// <summary>"30-day high", or "high on record" while records are shorter than the swing-high window.</summary>
    public static string SwingHigh(FlowAnalysis a) => a.RecordsCoverSwingHigh ? $"{a.Settings.SwingHighWindowDays}-day high" : OnRecord;

    /// <summary>"cycle peak", or "high on record" while records are shorter than the cycle-peak window.</summary>
    public static string Peak(FlowAnalysis a) => a.RecordsCoverCyclePeak ? "cycle peak" : OnRecord;

    private const string OnRecord = "high on record";
}
