namespace Reports.Domain.Delivery;

/// <summary>The day's finished report as the emails need it: what they say of it, and the PDF to attach.</summary>
public sealed record ReportEdition(EditionSummary Summary, byte[] Pdf)
{
    public DateOnly Date => Summary.Date;

    /// <summary>The assets the report covers; their key-figure rows are the ones a subscriber can filter.</summary>
    public IReadOnlyList<string> AssetSymbols => Summary.AssetSymbols;

    /// <summary>The attachment's file name, e.g. flow-report-2026-02-05.pdf.</summary>
    public static string PdfFileName(DateOnly date) => $"flow-report-{DeliveryDates.Key(date)}.pdf";
}
