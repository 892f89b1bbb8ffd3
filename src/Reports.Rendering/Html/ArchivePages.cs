using System.Globalization;
using System.Text;
using Reports.Domain.Archive;
using Reports.Domain.Narrative;
using Reports.Rendering.View;

namespace Reports.Rendering.Html;

/// <summary>
/// The public archive's own pages, the index of editions and the not-found page, in the HTML report's stylesheet
/// and theme so a reader moving between them sees one publication. Everything shown is encoded by <see cref="HtmlWriter"/>.
/// </summary>
public static class ArchivePages
{
    public const string ContentType = "text/html; charset=utf-8";

    public const string IndexTitle = "Archive";

    private const string FeedTitle = "Flow Reports (Atom)";

    // Only what the index adds to the report's stylesheet: a plain list of editions and the page links.
    private const string IndexCss = """
        .editions { list-style: none; margin: 0; padding: 0; }
        .editions li { padding: .75rem 0; border-bottom: 1px solid var(--rule); }
        .editions h2 { margin: 0 0 .25rem; padding: 0; border: 0; }
        .editions .dateline, .editions .standfirst { margin: 0 0 .25rem; }
        .pages { display: flex; gap: 1.5rem; margin: 1.5rem 0; font-family: "DejaVu Sans", system-ui, sans-serif; }
        """;

    /// <param name="page">The 1-based page shown.</param>
    /// <param name="pageSize">Editions per page, to tell whether there are older pages.</param>
    public static byte[] Index(EditionPage editions, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var pages = Math.Max(1, (editions.Total + pageSize - 1) / pageSize);
        var html = Start(page == 1 ? $"{IndexTitle} | {ReportView.Brand}" : $"{IndexTitle}, page {page} | {ReportView.Brand}",
            "Every daily Flow Report edition, newest first: headline, standfirst, and the edition as a web page, PDF or JSON.");
        Header(html, IndexTitle, "Every daily edition, newest first.");
        if (editions.Entries.Count == 0)
        {
            html.Element("p", "No editions have been archived yet.");
        }
        else
        {
            html.Open("ol", ("class", "editions"));
            foreach (var entry in editions.Entries)
            {
                html.Open("li");
                html.Open("h2").Element("a", entry.Headline, ("href", ArchiveRoutes.EditionPath(entry.Date))).Close("h2");
                html.Open("p", ("class", "dateline"));
                html.Time(entry.Date, Formats.Date(entry.Date));
                html.Text(" · ").Element("a", "PDF", ("href", ArchiveRoutes.EditionPath(entry.Date, "pdf")));
                html.Text(" · ").Element("a", "JSON", ("href", ArchiveRoutes.EditionPath(entry.Date, "json")));
                html.Close("p");
                html.Element("p", entry.Standfirst, ("class", "standfirst"));
                html.Close("li");
            }

            html.Close("ol");
        }

        html.Open("nav", ("class", "pages"), ("aria-label", "Archive pages"));
        if (page > 1) html.Element("a", "Newer editions", ("href", ArchiveRoutes.PagePath(page - 1)), ("rel", "prev"));
        html.Element("span", string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages}"));
        if (page < pages) html.Element("a", "Older editions", ("href", ArchiveRoutes.PagePath(page + 1)), ("rel", "next"));
        html.Element("a", "Atom feed", ("href", ArchiveRoutes.FeedPath), ("type", "application/atom+xml"));
        html.Close("nav");
        return End(html);
    }

    /// <summary>The archive's error page (404 for an edition that was never archived, 400 for a malformed address).</summary>
    public static byte[] Problem(string title, string message)
    {
        var html = Start($"{title} | {ReportView.Brand}", message);
        Header(html, title, message);
        html.Open("p").Element("a", "All editions", ("href", ArchiveRoutes.IndexPath)).Close("p");
        return End(html);
    }

    private static HtmlWriter Start(string title, string description)
    {
        var html = new HtmlWriter();
        html.Trusted("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en"));
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Void("meta", ("name", "color-scheme"), ("content", "light dark"));
        html.Void("meta", ("name", "description"), ("content", description));
        html.Element("title", title);
        html.Void("link", ("rel", "alternate"), ("type", "application/atom+xml"), ("title", FeedTitle), ("href", ArchiveRoutes.FeedPath));
        html.Open("style").Trusted("\n" + ReportStylesheet.Css + "\n" + IndexCss + "\n").Close("style");
        html.Close("head");
        html.Open("body");
        html.Open("main", ("class", "report"));
        return html;
    }

    private static void Header(HtmlWriter html, string title, string standfirst)
    {
        html.Open("header");
        html.Open("p", ("class", "kicker")).Element("a", ReportView.Brand, ("href", ArchiveRoutes.IndexPath)).Close("p");
        html.Element("h1", title);
        html.Element("p", standfirst, ("class", "standfirst"));
        html.Close("header");
    }

    private static byte[] End(HtmlWriter html)
    {
        html.Close("main");
        html.Close("body");
        html.Close("html");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString());
    }
}
