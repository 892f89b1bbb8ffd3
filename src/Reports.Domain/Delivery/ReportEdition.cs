using Reports.Domain.Narrative;

namespace Reports.Domain.Delivery;

/// <summary>The day's finished report as the email needs it: the article for the summary and the PDF to attach.</summary>
/// <param name="AssetSymbols">The assets the report covers; their key-figure rows are the ones a subscriber can filter.</param>
public sealed record ReportEdition(Article Article, IReadOnlyList<string> AssetSymbols, byte[] Pdf)
{
    public DateOnly Date => Article.Date;

    /// <summary>The attachment's file name, e.g. flow-report-2026-02-05.pdf.</summary>
    public static string PdfFileName(DateOnly date) => $"flow-report-{DeliveryDates.Key(date)}.pdf";
}
