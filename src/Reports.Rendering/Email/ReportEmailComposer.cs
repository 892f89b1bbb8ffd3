using Reports.Domain.Narrative;
using Reports.Domain.Ports;

using Reports.Domain.Delivery;

namespace Reports.Rendering.Email;

/// <summary>Writes the daily email for one subscriber: a short summary of the article, the link, and the PDF.</summary>
public sealed class ReportEmailComposer : IReportEmailComposer
{
    public const string PdfContentType = "application/pdf";

    EmailMessage IReportEmailComposer.Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings) =>
        Compose(edition, subscriber, settings);

    public static EmailMessage Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings)
    {
        var content = Content(edition, subscriber, settings);
        var attachments = subscriber.Format == EmailFormat.PdfAttached
            ? new[] { new EmailAttachment(ReportEdition.PdfFileName(edition.Date), PdfContentType, edition.Pdf) }
            : [];
        var headers = new List<EmailHeader>();
        if (content.UnsubscribeUrl is { } unsubscribe)
        {
            headers.Add(new EmailHeader("List-Unsubscribe", $"<{unsubscribe}>"));
            // RFC 8058 one-click unsubscribe: only meaningful for an https endpoint that accepts the POST.
            if (unsubscribe.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                headers.Add(new EmailHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        }
        return new EmailMessage(
            subscriber.Address,
            Subject(edition.Article),
            ReportEmailHtml.Write(content),
            ReportEmailText.Write(content),
            attachments,
            MessageId(edition.Date, subscriber.Id, settings.MessageIdDomain),
            headers);
    }

    public static string Subject(Article article) => $"{article.Headline} | Flow Report, {Formats.Date(article.Date)}";

    /// <summary>Same day and subscriber, same id: a duplicate that slips through is recognisable downstream.</summary>
    public static string MessageId(DateOnly date, string subscriberId, string domain) =>
        $"flow-report-{DeliveryDates.Key(date)}.{subscriberId}@{domain}";

    public static ReportEmailContent Content(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings)
    {
        var article = edition.Article;
        return new ReportEmailContent(
            article.Date,
            article.Headline,
            article.Standfirst,
            KeyFiguresFor(edition, subscriber),
            FirstParagraph(article),
            settings.ReportUrl(article.Date),
            settings.UnsubscribeUrl(subscriber.UnsubscribeToken),
            subscriber.Format == EmailFormat.PdfAttached ? ReportEdition.PdfFileName(article.Date) : null);
    }

    /// <summary>Market-wide rows always; asset rows only for the subscriber's assets (all when they chose none).</summary>
    public static IReadOnlyList<KeyFigure> KeyFiguresFor(ReportEdition edition, Subscriber subscriber)
    {
        if (subscriber.Assets.Count == 0) return edition.Article.KeyFigures;
        var assets = new HashSet<string>(edition.AssetSymbols, StringComparer.OrdinalIgnoreCase);
        var wanted = new HashSet<string>(subscriber.Assets, StringComparer.OrdinalIgnoreCase);
        return edition.Article.KeyFigures.Where(row => !assets.Contains(row.Label) || wanted.Contains(row.Label)).ToList();
    }

    /// <summary>The first prose paragraph of the article (bullet lists read badly out of context).</summary>
    public static string? FirstParagraph(Article article) =>
        article.Sections.SelectMany(s => s.Paragraphs).FirstOrDefault(p => !p.IsList && p.Sentences.Count > 0)?.Text;
}
