using Reports.Domain.Narrative;

namespace Reports.Domain.Delivery;

/// <summary>The day's finished report as the email needs it: the report (the email renders its view) and the PDF to attach.</summary>
public sealed record ReportEdition(FlowReport Report, byte[] Pdf)
{
    public Article Article => Report.Article;

    public DateOnly Date => Article.Date;

    /// <summary>The assets the report covers; their key-figure rows are the ones a subscriber can filter.</summary>
    public IReadOnlyList<string> AssetSymbols => Report.Analysis.Assets.Select(a => a.Symbol).ToList();

    /// <summary>The attachment's file name, e.g. flow-report-2026-02-05.pdf.</summary>
    public static string PdfFileName(DateOnly date) => $"flow-report-{DeliveryDates.Key(date)}.pdf";
}
