namespace Reports.Domain.Delivery;

/// <summary>What a subscriber's email carries besides the short summary.</summary>
public enum EmailFormat
{
    /// <summary>The summary with the day's PDF attached (the default).</summary>
    PdfAttached,

    /// <summary>The summary and the link to the web report, no attachment (small mailboxes, mobile readers).</summary>
    LinkOnly,
}
