using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Infrastructure.DataFolder;
using Reports.TestSupport;

namespace Reports.Rendering.Tests.Samples;

/// <summary>Reports for chosen days of the bundled samples, as the CLI builds them; the data is read once.</summary>
internal static class SampleReports
{
    /// <summary>The first day (one point of history), early days, a selloff, a quiet stretch, a relief rally and the last day.</summary>
    public static TheoryData<string> Days => new() { "2025-01-01", "2025-01-20", "2025-06-15", "2025-11-04", "2025-11-23", "2026-02-05", "2026-08-20" };

    private static readonly Lazy<MarketData> Data = new(() =>
        new DataFolderStore(RepositoryFolder.Combine("samples")).LoadAsync(null, CancellationToken.None).GetAwaiter().GetResult());

    public static FlowReport For(string day) => NarrativeEngine.Report(FlowAnalyzer.Analyze(Data.Value, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
