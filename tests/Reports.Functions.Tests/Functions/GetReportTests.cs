using Microsoft.Azure.Functions.Worker;
using Reports.Functions.Http;
using Reports.Functions.Timers;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Functions;

/// <summary>GET /api/reports/{date}: every status path, with real ASP.NET Core requests and the headers actually written.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GetReportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), FakeSource.Binance()]);
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_stored_day_is_200_with_type_disposition_etag_and_cache_headers()
    {
        var response = await GetAsync("2026-02-01", "?format=figures");

        Assert.Equal(200, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.Headers.ContentType.ToString());
        Assert.Equal("inline; filename=flow-report-2026-02-01.figures", response.Headers.ContentDisposition.ToString());
        Assert.Equal("private, max-age=300", response.Headers.CacheControl.ToString());
        Assert.Equal(EntityTags.For(response.Body), response.Headers.ETag.ToString());
        Assert.Equal(response.Body.Length, response.Headers.ContentLength);
        Assert.Contains("BTC.close=84500", response.Text);
    }

    [Fact]
    public async Task Without_a_format_the_pdf_is_served_built_on_demand_when_none_is_stored()
    {
        var response = await GetAsync("2026-02-01", "");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers.ContentType.ToString());
        Assert.Equal("inline; filename=flow-report-2026-02-01.pdf", response.Headers.ContentDisposition.ToString());
        Assert.Equal("%PDF-"u8.ToArray(), response.Body[..5]);
    }

    [Fact]
    public async Task The_same_etag_in_if_none_match_gives_304_without_a_body()
    {
        var first = await GetAsync("2026-02-01", "?format=figures");
        var etag = first.Headers.ETag.ToString();

        foreach (var header in new[] { etag, $"\"other\", {etag}", $"W/{etag}", "*" })
        {
            var again = await GetAsync("2026-02-01", "?format=figures", header);
            Assert.Equal(304, again.Status);
            Assert.Empty(again.Body);
            Assert.Equal(etag, again.Headers.ETag.ToString());
        }

        var changed = await GetAsync("2026-02-01", "?format=figures", "\"not-this-one\"");
        Assert.Equal(200, changed.Status);
    }

    [Fact]
    public async Task An_asset_selection_is_built_on_demand_with_only_those_assets()
    {
        var response = await GetAsync("2026-02-01", "?format=figures&assets=eth");

        Assert.Equal(200, response.Status);
        var figures = FiguresRenderer.Read(response.Body);
        Assert.Equal("ETH", figures["assets"].Single());
        Assert.Equal(2_380m, decimal.Parse(figures["ETH.close"].Single()));
        Assert.Equal("inline; filename=flow-report-2026-02-01-ETH.figures", response.Headers.ContentDisposition.ToString());
    }

    [Theory]
    [InlineData("2026-13-01", "", "invalid-date")]
    [InlineData("20260201", "", "invalid-date")]
    [InlineData("..%2F..%2Fsecrets", "", "invalid-date")]
    [InlineData("2026-02-01T00:00", "", "invalid-date")]
    [InlineData("2008-12-31", "", "invalid-date")]
    [InlineData("2026-02-03", "", "future-date")]
    [InlineData("2009-01-02", "", "invalid-date")]
    [InlineData("2026-02-01", "?format=exe", "unknown-format")]
    [InlineData("2026-02-01", "?format=figures&format=figures", "invalid-parameter")]
    [InlineData("2026-02-01", "?format=figures&assets=BTC;rm", "invalid-asset")]
    [InlineData("2026-02-01", "?format=figures&assets=../x", "invalid-asset")]
    [InlineData("2026-02-01", "?format=figures&assets=DOGE", "unknown-asset")]
    public async Task Bad_input_is_a_400_problem_naming_what_is_wrong(string date, string query, string kind)
    {
        var response = await GetAsync(date, query);

        Assert.Equal(400, response.Status);
        Assert.Equal(ProblemResult.ContentType, response.Headers.ContentType.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl.ToString());
        var problem = response.Json;
        Assert.Equal($"urn:flow-reports:problem:{kind}", problem.GetProperty("type").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_asset_problem_lists_the_assets_there_are()
    {
        var problem = (await GetAsync("2026-02-01", "?format=figures&assets=BTC,DOGE")).Json;

        Assert.Contains("DOGE", problem.GetProperty("detail").GetString());
        Assert.Equal(["BTC", "ETH"], problem.GetProperty("knownAssets").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_unknown_format_problem_lists_the_formats_there_are()
    {
        var problem = (await GetAsync("2026-02-01", "?format=docx")).Json;

        Assert.Equal(["figures", "html", "json", "pdf"], problem.GetProperty("knownFormats").EnumerateArray().Select(e => e.GetString()).Order());
    }

    [Fact]
    public async Task A_day_without_data_is_404_and_today_is_not_an_error()
    {
        var before = await GetAsync("2025-06-01", "?format=figures");
        Assert.Equal(404, before.Status);
        Assert.Equal("urn:flow-reports:problem:no-data", before.Json.GetProperty("type").GetString());

        // Today (UTC) is not in the future, it just has no data yet; it is answered before anything is loaded.
        var today = await GetAsync("2026-02-02", "?format=figures");
        Assert.Equal(404, today.Status);
        Assert.Equal("2026-02-02 has not ended yet; the last complete UTC day is 2026-02-01.", today.Json.GetProperty("detail").GetString());
    }

    private async Task<HttpCalls.Response> GetAsync(string date, string query, string? ifNoneMatch = null)
    {
        var request = HttpCalls.Get(app.Services, $"/api/reports/{date}", query, ifNoneMatch);
        var result = await app.Function<GetReport>().RunAsync(request, date, CancellationToken.None);
        return await result.ExecuteAsync(request);
    }
}
