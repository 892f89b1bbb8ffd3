using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Reports.Domain.Archive;
using Reports.Rendering.View;

namespace Reports.Rendering.Feed;

/// <summary>
/// The archive's Atom feed: one entry per edition (title = headline, summary = standfirst), linking to the archive
/// page and carrying the PDF as an enclosure. Written with System.ServiceModel.Syndication; every link is absolute
/// under the configured public base URL, never the request's Host. Same editions → same bytes.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <param name="editions">Newest first.</param>
    /// <param name="publicBaseUrl">An absolute http(s) URL checked at start-up, e.g. "https://flow.example.com".</param>
    public static byte[] Write(IReadOnlyList<EditionEntry> editions, string publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(editions);
        Uri Url(string path) => new(ArchiveRoutes.Absolute(publicBaseUrl, path));

        var feed = new SyndicationFeed(
            $"{ReportView.Brand}: daily crypto flow analysis",
            "Where money flowed in the crypto market, one edition per day.",
            Url(ArchiveRoutes.IndexPath),
            Url(ArchiveRoutes.FeedPath).AbsoluteUri,
            // The feed changes when an edition is archived (added or rebuilt): its time is the latest archiving, not the clock's.
            editions.Count > 0 ? editions.Max(Updated) : DateTimeOffset.UnixEpoch);
        feed.Links.Add(new SyndicationLink(Url(ArchiveRoutes.FeedPath), "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = ReportView.Brand });
        feed.Items = editions.Select(entry =>
        {
            var page = Url(ArchiveRoutes.EditionPath(entry.Date));
            var item = new SyndicationItem(entry.Headline, entry.Standfirst, page, page.AbsoluteUri, Updated(entry))
            {
                Summary = new TextSyndicationContent(entry.Standfirst),
                Content = null,
                PublishDate = Published(entry.Date),
            };
            item.Links.Add(new SyndicationLink(Url(ArchiveRoutes.EditionPath(entry.Date, "pdf")), "enclosure", $"{entry.Headline} (PDF)", "application/pdf", 0));
            return item;
        }).ToList();

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }
        return buffer.ToArray();
    }

    /// <summary>An edition covers a whole UTC day and is published after it ends.</summary>
    private static DateTimeOffset Published(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>When the edition was last archived; the end of its day for an entry that does not say (it cannot be earlier).</summary>
    private static DateTimeOffset Updated(EditionEntry entry) => entry.ArchivedAt is { } at && at > Published(entry.Date) ? at.ToUniversalTime() : Published(entry.Date);
}
