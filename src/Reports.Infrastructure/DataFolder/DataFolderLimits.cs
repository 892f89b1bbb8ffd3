namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Bounds that keep a hostile or mistaken file from exhausting memory or flooding the report. Real data files are a
/// few hundred KB with lines under 200 characters, so the defaults leave room for decades of 4h candles.
/// </summary>
/// <param name="MaxFileBytes">A larger file fails the load with a message naming it and this limit.</param>
/// <param name="MaxLineChars">A longer line (or quoted field) fails the load: no data file of the format has one.</param>
/// <param name="MaxWarningsPerFile">Warnings listed per file; the rest are counted in one closing warning.</param>
public sealed record DataFolderLimits(long MaxFileBytes = 100L * 1024 * 1024, int MaxLineChars = 64 * 1024, int MaxWarningsPerFile = 50)
{
    public static DataFolderLimits Default { get; } = new();

    /// <summary>Longest piece of a file's content echoed in a message (a value, a header).</summary>
    public const int ShownChars = 60;
}
