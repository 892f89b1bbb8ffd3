using Reports.Domain.Delivery;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Day D's report for the emails: the PDF exactly as the daily build archived it, and what the emails say of it read
/// from the JSON edition archived with it (two blob reads, no market history). An archive without a readable JSON
/// edition (published before JSON was archived) has the article rebuilt from the same stored market data instead;
/// analysis and narrative are deterministic, so it is the article inside that PDF. No archived PDF means the report is
/// not built yet.
/// </summary>
public sealed class ArchivedReportEditionSource(BuildReport build, IReportArchive archive, IReportEmailComposer composer) : IReportEditionSource
{
    public const string PdfFormat = "pdf";
    public const string JsonFormat = "json";

    public async Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var pdfRead = archive.GetAsync(date, PdfFormat, cancellationToken);
        var jsonRead = archive.GetAsync(date, JsonFormat, cancellationToken);
        var (pdf, json) = (await pdfRead.ConfigureAwait(false), await jsonRead.ConfigureAwait(false));
        if (pdf is null) return null;
        if (json is not null && composer.Summarise(json.Content) is { } summary && summary.Date == date) return new ReportEdition(summary, pdf.Content);

        FlowReport report;
        try
        {
            report = await build.RunAsync(new ReportRequest(date), cancellationToken).ConfigureAwait(false);
        }
        catch (MarketDataException)
        {
            return null; // a PDF without the data behind it (data removed since): nothing consistent to summarise
        }
        return new ReportEdition(composer.Summarise(report), pdf.Content);
    }

    /// <summary>Built means an intact archived PDF: one blob read, no market history.</summary>
    public async Task<bool> IsBuiltAsync(DateOnly date, CancellationToken cancellationToken) =>
        await archive.GetAsync(date, PdfFormat, cancellationToken).ConfigureAwait(false) is not null;
}
