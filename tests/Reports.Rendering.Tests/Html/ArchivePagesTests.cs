using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Reports.Domain.Archive;
using Reports.Rendering.Feed;
using Reports.Rendering.Html;

namespace Reports.Rendering.Tests.Html;

/// <summary>The archive's index and error pages (html-validate clean, text encoded) and the Atom feed's shape.</summary>
public sealed class ArchivePagesTests
{
    private static readonly EditionEntry[] Entries =
    [
        new(new DateOnly(2026, 2, 5), "Crypto's $1.2 Trillion Drain: <Flow> Analysis & more", "Bitcoin fell 8.1% as \"leverage\" unwound."),
        new(new DateOnly(2026, 2, 4), "A quieter day", "Little moved."),
    ];

    [Fact]
    public void The_index_page_is_html_validate_clean_on_every_page_shape()
    {
        foreach (var (page, number, size) in new[] { (new EditionPage(Entries, 2), 1, 20), (new EditionPage(Entries, 45), 2, 20), (new EditionPage([], 0), 1, 20) })
        {
            var (exit, output) = HtmlValidateTests.Validate(ArchivePages.Index(page, number, size));
            Assert.True(exit == 0, $"page {number}: html-validate found problems:\n{output}");
        }
    }

    [Fact]
    public void The_error_page_is_html_validate_clean()
    {
        var (exit, output) = HtmlValidateTests.Validate(ArchivePages.Problem("Edition not found", "There is no archived edition for that day."));
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Headlines_are_encoded_and_pages_link_both_ways()
    {
        var html = Encoding.UTF8.GetString(ArchivePages.Index(new EditionPage(Entries, 45), 2, 20));

        Assert.Contains("&lt;Flow&gt; Analysis &amp; more", html);
        Assert.DoesNotContain("<Flow>", html);
        Assert.Contains("href=\"/api/archive/2026-02-05\"", html);
        Assert.Contains("href=\"/api/archive/2026-02-05.pdf\"", html);
        Assert.Contains("href=\"/api/archive\" rel=\"prev\"", html);
        Assert.Contains("href=\"/api/archive?page=3\" rel=\"next\"", html);
        Assert.Contains("Page 2 of 3", html);
        Assert.Contains("<style>", html); // the report's own stylesheet
    }

    [Fact]
    public void The_feed_is_atom_with_absolute_links_and_the_same_bytes_for_the_same_editions()
    {
        var bytes = AtomFeed.Write(Entries, "https://flow.example.com/");

        Assert.Equal(bytes, AtomFeed.Write(Entries, "https://flow.example.com/"));
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(new DateTimeOffset(2026, 2, 6, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        var first = feed.Items.First();
        Assert.Equal(Entries[0].Headline, first.Title.Text);
        Assert.Equal(Entries[0].Standfirst, first.Summary.Text);
        Assert.Equal("https://flow.example.com/api/archive/2026-02-05", first.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal("https://flow.example.com/api/archive/2026-02-05.pdf", first.Links.Single(l => l.RelationshipType == "enclosure").Uri.AbsoluteUri);
    }
}
