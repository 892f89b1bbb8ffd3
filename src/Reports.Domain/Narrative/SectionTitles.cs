namespace Reports.Domain.Narrative;

/// <summary>The article's fixed section titles, in order.</summary>
public static class SectionTitles
{
    public const string FlowSummary = "Flow summary";
    public const string WhereTheMoneyWent = "Where the money went";
    public const string AssetBreakdown = "Asset-specific flow breakdown";
    public const string Divergence = "Divergence";
    public const string CatalystsAndWatch = "Catalysts and what to watch";
    public const string Methodology = "Methodology and sources";
}
