using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions.Http;
using Reports.Functions.Http.Archive;
using Reports.Functions.Timers;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Functions;

/// <summary>The public archive against Azurite: only what the daily build stored, never a build, strong ETags, a feed that parses.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublicArchiveTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BaseUrl = "https://flow.example.com";
    private static readonly DateOnly[] Archived = [new(2026, 1, 30), new(2026, 1, 29), new(2026, 2, 1)];
    private readonly CountingRenderer counter = new();
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), FakeSource.Binance()],
            settings => settings["Reports:PublicBaseUrl"] = BaseUrl + "/",
            services => services.AddSingleton<IReportRenderer>(counter));
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        // 31 January is ingested but never published: the archive must not show it.
        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);
        foreach (var day in Archived.Where(d => d != TestApp.Yesterday))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(5)); // each edition archived at its own time, which the feed reports
            await app.Get<PublishReport>().RunAsync(day, CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_index_lists_exactly_the_archived_days_newest_first_with_headline_and_standfirst()
    {
        var response = await IndexAsync("");

        Assert.Equal(200, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.Headers.ContentType.ToString());
        var linked = System.Text.RegularExpressions.Regex.Matches(response.Text, "href=\"/api/archive/([0-9-]{10})\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["2026-02-01", "2026-01-30", "2026-01-29"], linked);
        var json = (await EditionAsync("2026-01-30.json")).Json;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(json.GetProperty("headline").GetString()!), response.Text);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(json.GetProperty("standfirst").GetString()!), response.Text);
        Assert.StartsWith("public, max-age=", response.Headers.CacheControl.ToString());
        Assert.Equal(HtmlPageResult.ContentSecurity, response.Headers.ContentSecurityPolicy.ToString());
    }

    [Theory]
    [InlineData("2026-02-01", "text/html; charset=utf-8")]
    [InlineData("2026-02-01.pdf", "application/pdf")]
    [InlineData("2026-01-29.json", "application/json")]
    public async Task An_archived_edition_is_served_as_stored_with_a_strong_etag_and_304_on_revalidation(string edition, string type)
    {
        var response = await EditionAsync(edition);

        Assert.Equal(200, response.Status);
        Assert.StartsWith(type, response.Headers.ContentType.ToString());
        var day = DateOnly.Parse(edition[..10]);
        var stored = await app.Get<IReportArchive>().GetAsync(day, edition.Length > 10 ? edition[11..] : "html", CancellationToken.None);
        Assert.Equal(stored!.Content, response.Body);
        var etag = response.Headers.ETag.ToString();
        Assert.Equal(EntityTags.For(response.Body), etag);
        Assert.DoesNotContain("W/", etag);
        Assert.Equal("public, max-age=86400", response.Headers.CacheControl.ToString());
        Assert.StartsWith("default-src 'none';", response.Headers.ContentSecurityPolicy.ToString());

        var again = await EditionAsync(edition, etag);
        Assert.Equal(304, again.Status);
        Assert.Empty(again.Body);
        Assert.Equal(etag, again.Headers.ETag.ToString());
    }

    [Theory]
    [InlineData("2026-01-31")]
    [InlineData("2026-01-31.pdf")]
    [InlineData("2025-06-01.json")]
    [InlineData("2026-02-02")]
    [InlineData("2008-01-01")]
    public async Task A_day_that_was_not_archived_is_a_styled_404_and_nothing_is_built(string edition)
    {
        var renders = counter.Calls;

        var response = await EditionAsync(edition);

        Assert.Equal(404, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.Headers.ContentType.ToString());
        Assert.Contains("<h1>Edition not found</h1>", response.Text);
        Assert.Contains("href=\"/api/archive\"", response.Text);
        Assert.Equal(renders, counter.Calls);
        Assert.False(await app.Reports.GetBlobClient("2026/01/31/flow-report.html").ExistsAsync());
    }

    [Theory]
    [InlineData("2026-1-30")]
    [InlineData("2026-01-30.exe")]
    [InlineData("2026-01-30.figures")]
    [InlineData("..%2F2026-01-30")]
    [InlineData("2026-02-30")]
    [InlineData("2026-01-30.pdf.pdf")]
    public async Task A_malformed_edition_address_is_a_400_page_before_any_lookup(string edition)
    {
        var response = await EditionAsync(edition);

        Assert.Equal(400, response.Status);
        Assert.Contains("<h1>Not an archive address</h1>", response.Text);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page=-1")]
    [InlineData("?page=abc")]
    [InlineData("?page=1&page=2")]
    [InlineData("?page=999999")]
    public async Task A_bad_page_parameter_is_a_400_page(string query) =>
        Assert.Equal(400, (await IndexAsync(query)).Status);

    [Fact]
    public async Task A_page_past_the_last_is_a_404_page() =>
        Assert.Equal(404, (await IndexAsync("?page=2")).Status);

    [Fact]
    public async Task The_index_revalidates_with_its_etag() =>
        Assert.Equal(304, (await IndexAsync("", (await IndexAsync("")).Headers.ETag.ToString())).Status);

    [Fact]
    public async Task The_feed_parses_with_a_syndication_reader_and_its_links_resolve_to_the_archive()
    {
        var response = await app.Function<PublicArchive>().FeedAsync(HttpCalls.Get(app.Services, "/api/feed.atom"), CancellationToken.None)
            .ContinueWith(t => t.Result.ExecuteAsync(HttpCalls.Get(app.Services, "/api/feed.atom"))).Unwrap();

        Assert.Equal(200, response.Status);
        Assert.Equal("application/atom+xml; charset=utf-8", response.Headers.ContentType.ToString());
        using var reader = XmlReader.Create(new MemoryStream(response.Body));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["2026-02-01", "2026-01-30", "2026-01-29"], feed.Items.Select(i => i.Id[^10..]));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == BaseUrl + "/api/feed.atom");
        // updated = when each edition was archived (not the end of its day); the feed's = the latest of them.
        Assert.Equal([TestApp.DefaultNow, TestApp.DefaultNow.AddMinutes(5), TestApp.DefaultNow.AddMinutes(10)], feed.Items.Select(i => i.LastUpdatedTime));
        Assert.Equal(TestApp.DefaultNow.AddMinutes(10), feed.LastUpdatedTime);
        foreach (var item in feed.Items)
        {
            var day = DateOnly.Parse(item.Id[^10..]);
            var json = (await EditionAsync($"{day:yyyy-MM-dd}.json")).Json;
            Assert.Equal(json.GetProperty("headline").GetString(), item.Title.Text);
            Assert.Equal(json.GetProperty("standfirst").GetString(), item.Summary.Text);

            var page = Assert.Single(item.Links, l => l.RelationshipType == "alternate").Uri;
            var pdf = Assert.Single(item.Links, l => l.RelationshipType == "enclosure");
            Assert.Equal("application/pdf", pdf.MediaType);
            Assert.Equal($"{BaseUrl}/api/archive/{day:yyyy-MM-dd}", page.AbsoluteUri);
            // Each link resolves: the path after the archive route is served by the archive function.
            Assert.Equal(200, (await EditionAsync(page.AbsolutePath["/api/archive/".Length..])).Status);
            var served = await EditionAsync(pdf.Uri.AbsolutePath["/api/archive/".Length..]);
            Assert.Equal(200, served.Status);
            Assert.Equal("application/pdf", served.Headers.ContentType.ToString());
        }
    }

    [Fact]
    public async Task An_edition_archived_before_the_index_existed_gets_its_entry_from_its_json_edition_at_the_next_publish()
    {
        // 30 January as archived before the index existed: every file of the edition, no entry.
        await app.Reports.GetBlobClient("editions/2026-01-30.json").DeleteAsync();
        var archivedAt = (await app.Reports.GetBlobClient("2026/01/30/flow-report.json").GetPropertiesAsync()).Value.LastModified;
        Assert.DoesNotContain("/api/archive/2026-01-30\"", (await IndexAsync("")).Text);

        app.Clock.Advance(TimeSpan.FromHours(1));
        var rebuild = await app.Get<PublishReport>().RunAsync(new DateOnly(2026, 1, 29), CancellationToken.None);

        Assert.Equal(1, rebuild.EntriesCompleted);
        var json = (await EditionAsync("2026-01-30.json")).Json;
        var entry = (await app.Get<IEditionIndex>().GetAsync(new DateOnly(2026, 1, 30), CancellationToken.None))!;
        Assert.Equal((json.GetProperty("headline").GetString(), json.GetProperty("standfirst").GetString(), archivedAt), (entry.Headline, entry.Standfirst, entry.ArchivedAt));
        var linked = System.Text.RegularExpressions.Regex.Matches((await IndexAsync("")).Text, "href=\"/api/archive/([0-9-]{10})\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["2026-02-01", "2026-01-30", "2026-01-29"], linked);
        // An unchanged rebuild keeps its archive time; a complete index gives nothing more to do.
        var again = await app.Get<PublishReport>().RunAsync(new DateOnly(2026, 1, 29), CancellationToken.None);
        Assert.Equal(0, again.EntriesCompleted);
        Assert.Equal(TestApp.DefaultNow.AddMinutes(10), (await app.Get<IEditionIndex>().GetAsync(new DateOnly(2026, 1, 29), CancellationToken.None))!.ArchivedAt);
    }

    [Fact]
    public async Task Without_a_public_base_url_there_is_no_feed_but_the_archive_still_works()
    {
        await using var plain = TestApp.Create(azurite.ConnectionString, []);
        var request = HttpCalls.Get(plain.Services, "/api/feed.atom");
        var response = await (await plain.Function<PublicArchive>().FeedAsync(request, CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(404, response.Status);
        var index = HttpCalls.Get(plain.Services, "/api/archive");
        var page = await (await plain.Function<PublicArchive>().IndexAsync(index, CancellationToken.None)).ExecuteAsync(index);
        Assert.Equal(200, page.Status);
        Assert.Contains("No editions have been archived yet.", page.Text);
    }

    [Theory]
    [InlineData("flow.example.com")]
    [InlineData("ftp://flow.example.com")]
    [InlineData("https://flow.example.com/?x=1")]
    public async Task A_bad_public_base_url_stops_start_up_naming_the_setting(string value)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var _ = TestApp.Create(azurite.ConnectionString, [], settings => settings["Reports:PublicBaseUrl"] = value);
        });
        Assert.Contains("Reports:PublicBaseUrl", failure.ToString());
    }

    [Fact]
    public void The_archive_routes_are_anonymous_and_get_report_keeps_its_function_key()
    {
        static AuthorizationLevel Level(Type type, string method) =>
            type.GetMethod(method)!.GetParameters().Select(p => p.GetCustomAttributes(typeof(HttpTriggerAttribute), false).OfType<HttpTriggerAttribute>().SingleOrDefault())
                .OfType<HttpTriggerAttribute>().Single().AuthLevel;

        Assert.All(new[] { nameof(PublicArchive.IndexAsync), nameof(PublicArchive.EditionAsync), nameof(PublicArchive.FeedAsync) },
            m => Assert.Equal(AuthorizationLevel.Anonymous, Level(typeof(PublicArchive), m)));
        Assert.Equal(AuthorizationLevel.Function, Level(typeof(GetReport), nameof(GetReport.RunAsync)));
    }

    private async Task<HttpCalls.Response> IndexAsync(string query, string? ifNoneMatch = null)
    {
        var request = HttpCalls.Get(app.Services, "/api/archive", query, ifNoneMatch);
        return await (await app.Function<PublicArchive>().IndexAsync(request, CancellationToken.None)).ExecuteAsync(request);
    }

    private async Task<HttpCalls.Response> EditionAsync(string edition, string? ifNoneMatch = null)
    {
        var request = HttpCalls.Get(app.Services, "/api/archive/" + edition, "", ifNoneMatch);
        return await (await app.Function<PublicArchive>().EditionAsync(request, Uri.UnescapeDataString(edition), CancellationToken.None)).ExecuteAsync(request);
    }

    /// <summary>Counts renders, so a test can prove a request built nothing.</summary>
    private sealed class CountingRenderer : IReportRenderer
    {
        private int calls;

        public int Calls => calls;

        public string Format => "count";

        public string ContentType => "text/plain";

        public byte[] Render(FlowReport report)
        {
            Interlocked.Increment(ref calls);
            return [];
        }
    }
}
