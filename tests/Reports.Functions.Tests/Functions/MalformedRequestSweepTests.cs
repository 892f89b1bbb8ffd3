using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reports.Functions.Http;
using Reports.Functions.Http.Archive;
using Reports.Functions.Timers;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Functions;

/// <summary>
/// Issue 11: the HTTP functions answer a generated sweep of malformed requests (dates, asset lists, formats,
/// If-None-Match, Backfill and RebuildReports bodies with lone surrogates, invalid UTF-8 and 10 MB, unsubscribe tokens,
/// and the public archive's edition addresses, suffixes, hostile paths and page numbers) with 4xx, never 5xx. Nothing
/// is archived in the sweep's app, so every well-formed archive address is a 404. Seeded, so a failing request can be
/// replayed from its number.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MalformedRequestSweepTests(AzuriteFixture azurite)
{
    private const int Seed = 1010;

    private static readonly string[] Odd =
    [
        "", " ", "\0", "\ud800", "\udfff", "\ud83d\ude00", "%", "%%", "%ED%A0%80", "../", "..%2F", "<script>", "'\"", "\r\n", "\t",
        "null", "true", "-1", "0", "1e309", "NaN", "٢٠٢٦", "２０２６", ",", ",,", ";", "&", "=", "?", "#", "\u202e", "\ufeff",
    ];

    [Fact]
    public async Task A_thousand_malformed_requests_get_4xx_and_never_5xx()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), FakeSource.Binance()]);
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        var random = new Random(Seed);
        var answers = new List<(string Request, int Status)>();

        for (var n = 0; n < 500; n++)
        {
            var (date, query, ifNoneMatch) = MalformedReportRequest(random);
            var request = HttpCalls.Get(app.Services, "/api/reports/" + date, query, ifNoneMatch);
            var response = await Answer(() => app.Function<GetReport>().RunAsync(request, date, CancellationToken.None), request);
            answers.Add(($"GET reports #{n} {Show(date)} {Show(query)} If-None-Match {Show(ifNoneMatch)}", response?.Status ?? 500));
            if (response is { Status: >= 400 } && response.Headers.ContentType.ToString() == Http.ProblemResult.ContentType)
            {
                var instance = response.Json.GetProperty("instance").GetString() ?? "";
                Assert.True(instance.Length <= Http.ProblemResult.MaxInstanceChars + 1, $"instance of {instance.Length:N0} characters");
            }
        }

        for (var n = 0; n < 400; n++)
        {
            var body = MalformedBackfillBody(random, n);
            var request = Post(app.Services, "/api/backfill", body);
            var response = await Answer(() => app.Function<Backfill>().RunAsync(request, CancellationToken.None), request);
            answers.Add(($"POST backfill #{n} ({body.Length:N0} bytes) {Show(Encoding.UTF8.GetString(body))}", response?.Status ?? 500));
        }

        for (var n = 0; n < 300; n++)
        {
            var body = MalformedBackfillBody(random, n);
            var request = Post(app.Services, "/api/rebuild-reports", body);
            var response = await Answer(() => app.Function<RebuildReports>().RunAsync(request, CancellationToken.None), request);
            answers.Add(($"POST rebuild-reports #{n} ({body.Length:N0} bytes) {Show(Encoding.UTF8.GetString(body))}", response?.Status ?? 500));
        }

        for (var n = 0; n < 400; n++)
        {
            var (edition, ifNoneMatch) = MalformedEdition(random);
            // The route value (decoded, as the host passes it) is what the function reads; the path itself is not parsed.
            var request = HttpCalls.Get(app.Services, "/api/archive/edition", "", ifNoneMatch);
            var response = await Answer(() => app.Function<PublicArchive>().EditionAsync(request, edition, CancellationToken.None), request);
            answers.Add(($"GET archive/{{edition}} #{n} {Show(edition)} If-None-Match {Show(ifNoneMatch)}", response?.Status ?? 500));
        }

        for (var n = 0; n < 200; n++)
        {
            var (query, ifNoneMatch) = MalformedArchivePage(random);
            var request = HttpCalls.Get(app.Services, "/api/archive", query, ifNoneMatch);
            var response = await Answer(() => app.Function<PublicArchive>().IndexAsync(request, CancellationToken.None), request);
            answers.Add(($"GET archive #{n} {Show(query)} If-None-Match {Show(ifNoneMatch)}", response?.Status ?? 500));
        }

        for (var n = 0; n < 300; n++)
        {
            var token = MalformedToken(random);
            var context = new DefaultHttpContext { RequestServices = app.Services };
            context.Request.Method = random.Next(2) == 0 ? "GET" : "POST";
            context.Request.Path = "/api/unsubscribe";
            context.Request.QueryString = new QueryString("?token=" + token);
            context.Response.Body = new MemoryStream();
            int status;
            try
            {
                // A plain MVC ContentResult: its status is the answer (executing it needs MVC's executors).
                status = (await app.Function<Unsubscribe>().RunAsync(context.Request, CancellationToken.None)) is Microsoft.AspNetCore.Mvc.ContentResult page
                    ? page.StatusCode ?? 200
                    : 500;
            }
            catch (Exception)
            {
                status = 500; // what the host answers for an exception
            }
            answers.Add(($"{context.Request.Method} unsubscribe #{n} {Show(token)}", status));
        }

        Assert.True(answers.Count >= 2_000);
        var wrong = answers.Where(a => a.Status is < 400 or >= 500).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {answers.Count} not 4xx:\n{string.Join("\n", wrong.Take(10).Select(w => $"{w.Status} {w.Request}"))}");
    }

    /// <summary>A date, query and If-None-Match with at least one of them wrong (or a day that has no data: 404).</summary>
    private static (string Date, string Query, string? IfNoneMatch) MalformedReportRequest(Random random)
    {
        string[] dates =
        [
            "2025-06-01", "2026-02-02", "2026-02-03", "9999-12-31", "0001-01-01", "2008-12-31", "2026-02-30", "2026-13-01", "20260201",
            "2026-2-1", " 2026-02-01", "2026-02-01 ", "2026-02-01T00:00", "+2026-02-01", "2026/02/01", new string('9', 100_000),
        ];
        var date = random.Next(4) switch
        {
            0 => dates[random.Next(dates.Length)],
            1 => Mutate("2026-02-01", random),
            2 => Odd[random.Next(Odd.Length)],
            _ => dates[random.Next(3)],
        };
        // A valid-looking date with valid parameters must still be one without data, so every answer is 4xx.
        if (date == "2026-02-01") date = "2025-06-01";

        var parts = new List<string>();
        switch (random.Next(6))
        {
            case 0: parts.Add("format=" + Odd[random.Next(Odd.Length)]); break;
            case 1: parts.Add("format=figures"); parts.Add("format=pdf"); break;
            case 2: parts.Add("format=" + new string('p', random.Next(1, 50_000))); break;
            case 3: parts.Add("format=figures"); break;
        }
        switch (random.Next(6))
        {
            case 0: parts.Add("assets=" + string.Join(",", Enumerable.Range(0, random.Next(20, 2_000)).Select(i => $"A{i}"))); break;
            case 1: parts.Add("assets=" + Odd[random.Next(Odd.Length)]); break;
            case 2: parts.Add("assets=BTC&assets=ETH"); break;
            case 3: parts.Add("assets=" + new string('B', random.Next(21, 10_000))); break;
            case 4: parts.Add("assets=" + Mutate("BTC,ETH", random)); break;
        }
        var query = parts.Count == 0 ? "" : "?" + string.Join("&", parts);

        return (date, query, Tags[random.Next(Tags.Length)]);
    }

    private static readonly string?[] Tags =
        [null, "*", "W/\"x\"", "\"\"", "\"", new string('"', 10_000), "\"abc\", W/\"", "\ud800", string.Join(",", Enumerable.Repeat("\"e\"", 5_000))];

    /// <summary>
    /// An archive edition address that is malformed, hostile, or well formed for a day nothing was archived for (404):
    /// valid and invalid dates with every suffix, path traversal, encoded separators, blob-like paths, huge and odd strings.
    /// </summary>
    private static (string Edition, string? IfNoneMatch) MalformedEdition(Random random)
    {
        string[] days = ["2026-02-01", "2026-01-31", "2025-06-01", "2026-02-02", "9999-12-31", "2008-12-31", "2026-02-30", "2026-13-01", "20260201", "2026-2-1"];
        string[] suffixes = ["", ".pdf", ".json", ".html", ".PDF", ".Json", ".exe", ".pdf.json", ".", "..", "/", ".pdf/", ".pdf%00", ".json\0", ";.pdf", "?format=pdf", "#x", "%2Epdf"];
        string[] hostile =
        [
            "../2026-02-01", "..%2F..%2Fsnapshots", "2026-02-01/../../x", "%2e%2e%2f%2e%2e%2f", "..\\..\\x", "/etc/passwd", "editions/2026-02-01",
            "2026/02/01/flow-report", "2026/02/01/flow-report.pdf", "flow-report.pdf", "feed.atom", "\\\\server\\share", "http://evil.example/x",
            "2026-02-01%2F..%2F..", "%252e%252e%252f", "2026-02-01\r\nSet-Cookie: x", "2026-02-01\u202e", new string('9', 100_000), new string('/', 5_000),
        ];
        var edition = random.Next(5) switch
        {
            0 => days[random.Next(days.Length)] + suffixes[random.Next(suffixes.Length)],
            1 => hostile[random.Next(hostile.Length)],
            2 => Mutate(days[random.Next(days.Length)] + suffixes[random.Next(4)], random),
            3 => Odd[random.Next(Odd.Length)] + suffixes[random.Next(suffixes.Length)],
            _ => days[random.Next(3)] + suffixes[random.Next(3)],
        };
        return (edition, Tags[random.Next(Tags.Length)]);
    }

    /// <summary>An index query whose page is malformed, repeated, out of range, or past the last page of an empty archive (404).</summary>
    private static (string Query, string? IfNoneMatch) MalformedArchivePage(Random random)
    {
        string[] pages = ["0", "-1", "2", "10000", "10001", "99999", "1e3", "1.0", " 1", "1 ", "+1", "0x1", "١", "１", new string('9', 50_000), "", "2&page=3", "1&page=1"];
        var page = random.Next(3) switch
        {
            0 => pages[random.Next(pages.Length)],
            1 => Odd[random.Next(Odd.Length)],
            _ => Mutate("2", random),
        };
        // Page 1 of the index is a 200 however empty the archive: every request here asks for something else.
        if (page == "1") page = "2";
        return ("?page=" + Uri.EscapeDataString(page).Replace("%26page%3D", "&page=", StringComparison.Ordinal), Tags[random.Next(Tags.Length)]);
    }

    private static byte[] MalformedBackfillBody(Random random, int n)
    {
        string[] bodies =
        [
            """{"from":"\ud800","to":"2026-01-31"}""", """{"from":"2026-01-30","to":"\udfff"}""", """{"from":"2008-01-01","to":"2008-01-02"}""",
            """{"from":"2026-01-10","to":"2026-02-02"}""", """{"from":"2024-01-01","to":"2026-01-10"}""", """{"from":"2026-01-19","to":"2026-01-10"}""",
            """{"from":"0001-01-01","to":"9999-12-31"}""", """{"from":{},"to":[]}""", """{"from":1,"to":2}""", """{"from":"2026-01-01"}""",
            """{"to":"2026-01-01"}""", """{}""", "[]", "null", "\"2026-01-01\"", "{", "}", """{"from":"2026-01-01","to":"2026-01-02",}""",
            """{"from":"2026-01-01","to":"2026-01-02","extra":1}""", """{"from":"2026-01-01","from":"2026-01-02","to":"2026-01-03"}""",
            """{"from":"2026-01-01\u0000","to":"2026-01-02"}""", """{"From":"2026-01-01","To":"2026-01-02","to":"2026-01-03"}""",
        ];
        return (n % 50) switch
        {
            0 => Encoding.UTF8.GetBytes("{\"from\":\"" + new string('2', 10 * 1024 * 1024) + "\"}"),
            1 => Encoding.UTF8.GetBytes(new string('[', 100_000)),
            2 => [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80],
            3 => Encoding.Unicode.GetBytes(bodies[0]),
            _ => random.Next(3) switch
            {
                0 => Encoding.UTF8.GetBytes(bodies[random.Next(bodies.Length)]),
                1 => Encoding.UTF8.GetBytes(Mutate(bodies[random.Next(bodies.Length)], random)),
                _ => RandomBytes(random),
            },
        };
    }

    private static string MalformedToken(Random random) => random.Next(5) switch
    {
        0 => Odd[random.Next(Odd.Length)],
        1 => new string('a', random.Next(0, 100_000)),
        2 => Convert.ToBase64String(RandomBytes(random)).Replace('+', '-').Replace('/', '_').TrimEnd('='),
        3 => Mutate(new string('A', 43), random),
        _ => Uri.EscapeDataString(Mutate("token", random).Replace("\ud800", "x").Replace("\udfff", "x")),
    };

    /// <summary>Replaces, inserts or deletes a few characters, sometimes with a lone surrogate or a control character.</summary>
    private static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(chars.Length + 1);
            var c = random.Next(5) == 0 ? Odd[random.Next(Odd.Length)] : ((char)random.Next(0, 0xFFFF)).ToString();
            switch (random.Next(3))
            {
                case 0 when at < chars.Length: chars.Remove(at, 1).Insert(at, c); break;
                case 1 when at < chars.Length: chars.Remove(at, 1); break;
                default: chars.Insert(at, c); break;
            }
        }
        return chars.ToString();
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 200)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>The response, or null when the function threw (the host would answer 500).</summary>
    private static async Task<HttpCalls.Response?> Answer(Func<Task<Microsoft.AspNetCore.Mvc.IActionResult>> run, HttpRequest request)
    {
        try
        {
            return await (await run()).ExecuteAsync(request);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static HttpRequest Post(IServiceProvider services, string path, byte[] body)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.Path = path;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    private static string Show(string? value) => value is null ? "(none)" : value.Length > 80 ? value[..80] + $"… ({value.Length:N0} chars)" : value;
}
