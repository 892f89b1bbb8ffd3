using Reports.Domain.Delivery;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Day D's report for the emails: the PDF exactly as the daily build archived it, and the article (for the
/// summary) rebuilt from the same stored market data; analysis and narrative are deterministic, so it is the
/// article inside that PDF. No archived PDF means the report is not built yet.
/// </summary>
public sealed class ArchivedReportEditionSource(BuildReport build, IReportArchive archive) : IReportEditionSource
{
    public const string PdfFormat = "pdf";

    public async Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var pdf = await archive.GetAsync(date, PdfFormat, cancellationToken).ConfigureAwait(false);
        if (pdf is null) return null;

        FlowReport report;
        try
        {
            report = await build.RunAsync(new ReportRequest(date), cancellationToken).ConfigureAwait(false);
        }
        catch (MarketDataException)
        {
            return null; // a PDF without the data behind it (data removed since): nothing consistent to summarise
        }
        return new ReportEdition(report, pdf.Content);
    }

    /// <summary>Built means an intact archived PDF: one blob read, no market history.</summary>
    public async Task<bool> IsBuiltAsync(DateOnly date, CancellationToken cancellationToken) =>
        await archive.GetAsync(date, PdfFormat, cancellationToken).ConfigureAwait(false) is not null;
}
