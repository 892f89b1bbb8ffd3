using System.Globalization;
using System.Text.Json;
using Reports.Domain.Archive;
using Reports.Domain.Delivery;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Rendering.View;

namespace Reports.Rendering.Email;

/// <summary>Writes the daily email for one subscriber from the report view: its headline, notices, key figures and
/// first paragraph, the link to the edition in the public archive, and the PDF.</summary>
public sealed class ReportEmailComposer : IReportEmailComposer
{
    public const string PdfContentType = "application/pdf";

    EmailMessage IReportEmailComposer.Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings) =>
        Compose(edition, subscriber, settings);

    EmailMessage IReportEmailComposer.ComposeDigest(ReportEdition latest, IReadOnlyList<EditionEntry> week, Subscriber subscriber, ReportEmailSettings settings) =>
        ComposeDigest(latest, week, subscriber, settings);

    EditionSummary IReportEmailComposer.Summarise(FlowReport report) => Summary(report);

    EditionSummary? IReportEmailComposer.Summarise(byte[] archivedJson) => Summary(archivedJson);

    /// <summary>What every email of the report says, from its view.</summary>
    public static EditionSummary Summary(FlowReport report)
    {
        var view = ReportView.Build(report);
        return new EditionSummary(view.Date, view.Headline, view.Standfirst, view.Notices, report.Article.KeyFigures, FirstParagraph(view),
            report.Analysis.Assets.Select(a => a.Symbol).ToList());
    }

    /// <summary>
    /// The same summary from the report's JSON edition (docs/report-json.md), read field by field the way the view
    /// takes them from the report: the synthetic notice when a source is synthetic, the key figures as written, the
    /// first prose paragraph of every section but the last (the methodology appendix). Null when it is not one.
    /// </summary>
    public static EditionSummary? Summary(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var sections = root.GetProperty("sections").EnumerateArray().ToList();
            var first = sections.Take(sections.Count - 1)
                .SelectMany(s => s.GetProperty("paragraphs").EnumerateArray())
                .Where(p => !p.GetProperty("isList").GetBoolean() && p.GetProperty("sentences").GetArrayLength() > 0)
                .Select(p => p.GetProperty("text").GetString())
                .FirstOrDefault();
            var synthetic = root.GetProperty("sources").EnumerateArray().Any(s => s.GetProperty("synthetic").GetBoolean());
            return new EditionSummary(
                DateOnly.ParseExact(Text(root, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Text(root, "headline"),
                Text(root, "standfirst"),
                synthetic ? [ReportView.SyntheticNotice] : [],
                [.. root.GetProperty("keyFigures").EnumerateArray().Select(k => new KeyFigure(Text(k, "label"), Text(k, "value"), k.GetProperty("note").GetString()))],
                first,
                [.. root.GetProperty("assets").EnumerateArray().Select(a => Text(a, "symbol"))]);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null.");

    /// <summary>The weekly digest: subject and title name the week, the body lists its editions, the latest PDF rides along.</summary>
    public static EmailMessage ComposeDigest(ReportEdition latest, IReadOnlyList<EditionEntry> week, Subscriber subscriber, ReportEmailSettings settings)
    {
        var attachment = subscriber.Format == EmailFormat.PdfAttached ? ReportEdition.PdfFileName(latest.Date) : null;
        var unsubscribe = settings.UnsubscribeUrl(subscriber.UnsubscribeToken);
        return new EmailMessage(
            subscriber.Address,
            $"{ReportEmailDigest.Title(latest.Date)}: {latest.Summary.Headline}",
            ReportEmailDigest.Html(latest.Date, week, settings, attachment, unsubscribe),
            ReportEmailDigest.Text(latest.Date, week, settings, attachment, unsubscribe),
            attachment is null ? [] : [new EmailAttachment(attachment, PdfContentType, latest.Pdf)],
            $"flow-digest-{DeliveryDates.Key(latest.Date)}.{subscriber.Id}@{settings.MessageIdDomain}",
            UnsubscribeHeaders(unsubscribe));
    }

    public static EmailMessage Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings)
    {
        var content = Content(edition, subscriber, settings);
        var attachments = subscriber.Format == EmailFormat.PdfAttached
            ? new[] { new EmailAttachment(ReportEdition.PdfFileName(edition.Date), PdfContentType, edition.Pdf) }
            : [];
        var headers = UnsubscribeHeaders(content.UnsubscribeUrl);
        return new EmailMessage(
            subscriber.Address,
            Subject(edition.Summary),
            ReportEmailHtml.Write(content),
            ReportEmailText.Write(content),
            attachments,
            MessageId(edition.Date, subscriber.Id, settings.MessageIdDomain),
            headers);
    }

    /// <summary>List-Unsubscribe (and RFC 8058 one-click over https) for every email a subscriber gets.</summary>
    internal static List<EmailHeader> UnsubscribeHeaders(string? unsubscribe)
    {
        var headers = new List<EmailHeader>();
        if (unsubscribe is null) return headers;
        headers.Add(new EmailHeader("List-Unsubscribe", $"<{unsubscribe}>"));
        // RFC 8058 one-click unsubscribe: only meaningful for an https endpoint that accepts the POST.
        if (unsubscribe.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            headers.Add(new EmailHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        return headers;
    }

    /// <summary>The headline: what the edition says is the subject a reader scans in the inbox.</summary>
    public static string Subject(EditionSummary summary) => summary.Headline;

    /// <summary>Same day and subscriber, same id: a duplicate that slips through is recognisable downstream.</summary>
    public static string MessageId(DateOnly date, string subscriberId, string domain) =>
        $"flow-report-{DeliveryDates.Key(date)}.{subscriberId}@{domain}";

    internal static ReportEmailContent Content(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings)
    {
        var summary = edition.Summary;
        return new ReportEmailContent(
            summary.Date,
            summary.Headline,
            summary.Standfirst,
            summary.Notices,
            KeyFiguresFor(ReportView.KeyFigureTable(summary.KeyFigures), summary.AssetSymbols, subscriber),
            summary.FirstParagraph,
            settings.ReportUrl(summary.Date),
            settings.FeedUrl,
            settings.UnsubscribeUrl(subscriber.UnsubscribeToken),
            subscriber.Format == EmailFormat.PdfAttached ? ReportEdition.PdfFileName(summary.Date) : null);
    }

    /// <summary>The view's key figures: market-wide rows always; asset rows only for the subscriber's assets (all when they chose none).</summary>
    internal static TableView? KeyFiguresFor(TableView? keyFigures, IReadOnlyList<string> assetSymbols, Subscriber subscriber)
    {
        if (keyFigures is not { } table || subscriber.Assets.Count == 0) return keyFigures;
        var assets = new HashSet<string>(assetSymbols, StringComparer.OrdinalIgnoreCase);
        var wanted = new HashSet<string>(subscriber.Assets, StringComparer.OrdinalIgnoreCase);
        return table with { Rows = table.Rows.Where(row => !assets.Contains(row[0].Text) || wanted.Contains(row[0].Text)).ToList() };
    }

    /// <summary>The first prose paragraph of the report's body as the view orders it (bullet lists read badly out of context).</summary>
    public static string? FirstParagraph(FlowReport report) => FirstParagraph(ReportView.Build(report));

    private static string? FirstParagraph(ReportView view) =>
        view.Body.OfType<SectionPart>().SelectMany(s => s.Section.Paragraphs).FirstOrDefault(p => !p.IsList && p.Sentences.Count > 0)?.Text;
}
