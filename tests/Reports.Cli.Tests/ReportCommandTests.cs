using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Reports.Cli.Tests;

public class ReportCommandTests
{
    [Fact]
    public async Task Report_on_the_bundled_samples_writes_pdf_html_and_json()
    {
        using var tmp = new TempFolder();
        var pdf = tmp.File("r.pdf");
        var html = tmp.File("r.html");
        var json = tmp.File("r.json");

        var run = await CliRun.RunAsync("report", "--out", pdf, "--out", html, "--out", json);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("wrote", run.Output);
        using var doc = PdfDocument.Open(pdf);
        var text = string.Join("\n", doc.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        Assert.Contains("Flow summary", text);
        Assert.Contains("Methodology and sources", text);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.OrdinalIgnoreCase);
        using var parsed = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(json));
        Assert.Contains(parsed.RootElement.GetProperty("headline").GetString()!, run.Output.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task Same_data_and_day_give_a_byte_identical_pdf()
    {
        using var tmp = new TempFolder();
        var a = await CliRun.RunAsync("report", "--date", "2026-02-05", "--out", tmp.File("a.pdf"));
        var b = await CliRun.RunAsync("report", "--date", "2026-02-05", "--out", tmp.File("b.pdf"));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(File.ReadAllBytes(tmp.File("a.pdf")), File.ReadAllBytes(tmp.File("b.pdf")));
    }

    [Fact]
    public async Task A_report_names_the_events_scheduled_after_its_day_but_no_later_price()
    {
        using var tmp = new TempFolder();

        var run = await CliRun.RunAsync("report", "--date", "2025-10-20", "--out", tmp.File("r.pdf"), "--out", tmp.File("r.json"));

        Assert.True(run.ExitCode == 0, run.Output);
        using var parsed = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(tmp.File("r.json")));
        var root = parsed.RootElement;
        // samples/events.csv lists the FOMC decision of 29 October, nine days after the report day.
        var scheduled = root.GetProperty("watch").EnumerateArray().Where(w => w.GetProperty("kind").GetString() == "scheduledEvent").ToList();
        Assert.Contains(scheduled, w => w.GetProperty("date").GetString() == "2025-10-29" && w.GetProperty("detail").GetString()!.Contains("FOMC"));
        using (var doc = PdfDocument.Open(tmp.File("r.pdf")))
            Assert.Contains("FOMC", string.Join("\n", doc.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));
        // Only the events reach past D: every price series of the report stops on the report day.
        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.All(sources.Where(s => s.GetProperty("name").GetString() != "Market events"),
            s => Assert.True(string.CompareOrdinal(s.GetProperty("to").GetString(), "2025-10-20") <= 0, s.ToString()));
        Assert.Equal("2025-10-29", Assert.Single(sources, s => s.GetProperty("name").GetString() == "Market events").GetProperty("to").GetString());
    }

    [Fact]
    public async Task Asset_selection_limits_the_report()
    {
        using var tmp = new TempFolder();
        var run = await CliRun.RunAsync("report", "--assets", "eth", "--out", tmp.File("r.json"));
        Assert.Equal(0, run.ExitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(tmp.File("r.json")));
        var symbols = parsed.RootElement.GetProperty("assets").EnumerateArray().Select(a => a.GetProperty("symbol").GetString()).ToList();
        Assert.Equal(["ETH"], symbols);
    }

    [Theory]
    [InlineData("--date", "2026-13-01", "--date must be a real calendar day")]
    [InlineData("--date", "2026-02-30", "--date must be a real calendar day")]
    [InlineData("--date", "yesterday", "--date must be a real calendar day")]
    [InlineData("--assets", "BTC,$$$", "--assets must be tickers")]
    [InlineData("--assets", "DOGE", "Unknown asset 'DOGE'")]
    [InlineData("--out", "report.docx", "unknown format '.docx'")]
    [InlineData("--bogus", "x", "Unrecognized command or argument")]
    public async Task Bad_arguments_exit_with_2_and_a_one_line_reason(string option, string value, string reason)
    {
        var run = await CliRun.RunAsync("report", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Output);
    }

    [Fact]
    public async Task A_day_after_the_data_ends_exits_with_3()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 6, 0, 0, TimeSpan.Zero));
        var run = await CliRun.RunAsync(clock, "report", "--date", "2030-01-01", "--out", Path.Combine(Path.GetTempPath(), "never.pdf"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("No market data for 2030-01-01", run.Output);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "never.pdf")));
    }

    [Fact]
    public async Task A_missing_data_folder_exits_with_3()
    {
        var run = await CliRun.RunAsync("report", "--data", "/nonexistent/flow-data");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("/nonexistent/flow-data", run.Output);
    }

    [Fact]
    public async Task A_file_with_a_wrong_header_exits_with_3_naming_file_and_line()
    {
        using var tmp = new TempFolder();
        tmp.File("daily/BTC.csv", "when,price\n2026-01-01,1\n");
        var out_ = tmp.File("out/r.pdf");

        var run = await CliRun.RunAsync("report", "--data", tmp.Path, "--out", out_);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("daily/BTC.csv:1", run.Output);
        Assert.False(File.Exists(out_));
        Assert.Empty(Directory.Exists(tmp.File("out")) ? Directory.GetFiles(tmp.File("out")) : []);
    }

    [Fact]
    public async Task Help_lists_every_option_and_the_exit_codes()
    {
        var run = await CliRun.RunAsync("report", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--data", "--date", "--assets", "--out" }) Assert.Contains(option, run.Output);
        var root = await CliRun.RunAsync("--help");
        Assert.Contains("Exit codes: 0 ok, 2 bad arguments, 3 bad or missing data", root.Output);
    }
}
