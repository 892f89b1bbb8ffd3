using Reports.Domain.Delivery;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Builds day D's report from the stored market data and renders its PDF. Analysis, narrative and PDF are
/// deterministic, so this is byte-for-byte the report the build step stored for the same data.
/// </summary>
public sealed class BuiltReportEditionSource(BuildReport build, IEnumerable<IReportRenderer> renderers) : IReportEditionSource
{
    public async Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var pdf = renderers.FirstOrDefault(r => string.Equals(r.Format, "pdf", StringComparison.OrdinalIgnoreCase))
                  ?? throw new InvalidOperationException("No PDF renderer is registered (IReportRenderer with Format \"pdf\"); the email cannot attach the report.");
        Domain.Narrative.FlowReport report;
        try
        {
            report = await build.RunAsync(new ReportRequest(date), cancellationToken).ConfigureAwait(false);
        }
        catch (MarketDataException)
        {
            return null; // no data for that day: there is no report to send
        }
        return new ReportEdition(report.Article, report.Analysis.Assets.Select(a => a.Symbol).ToList(), pdf.Render(report));
    }
}
