using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Reports.Cli.Tests;

/// <summary>"Where the money went" on the bundled samples, and a folder without per-coin caps.</summary>
public class AttributionReportTests
{
    [Fact]
    public async Task The_headline_sample_day_has_the_section_the_waterfall_and_the_json_object_with_hand_checked_figures()
    {
        using var tmp = new TempFolder();

        var run = await CliRun.RunAsync("report", "--date", "2026-02-05", "--out", tmp.File("r.pdf"), "--out", tmp.File("r.html"), "--out", tmp.File("r.json"));

        Assert.True(run.ExitCode == 0, run.Output);
        using var json = JsonDocument.Parse(File.ReadAllBytes(tmp.File("r.json")));
        var attribution = json.RootElement.GetProperty("attribution");
        Assert.Equal(25, attribution.GetProperty("topCoins").GetInt32());
        var windows = attribution.GetProperty("windows").EnumerateArray().ToList();
        Assert.Equal(["day", "week", "drain"], windows.Select(w => w.GetProperty("name").GetString()));
        // From samples/marketcaps.csv and global.csv, 14 Jan 2026 (the 30-day high) to 5 Feb 2026:
        // BTC 1,252,787,911,172 − 1,935,688,375,589; total 2,205,629,131,177 − 3,421,096,528,657;
        // the six stablecoins 232,103,667,727 − 230,194,003,590.
        var drain = windows[2];
        Assert.Equal("2026-01-14", drain.GetProperty("from").GetString());
        Assert.Equal(-682_900_464_417m, drain.GetProperty("btcUsd").GetDecimal());
        Assert.Equal(-1_215_467_397_480m, drain.GetProperty("totalChangeUsd").GetDecimal());
        Assert.Equal(1_909_664_137m, drain.GetProperty("stablecoinSupplyChangeUsd").GetDecimal());
        Assert.Equal(56.18m, drain.GetProperty("btcSharePct").GetDecimal());   // 682.9 / 1,215.5
        Assert.Equal(56.80m, attribution.GetProperty("btcDominancePct").GetDecimal());   // 1,252.8 / 2,205.6

        using (var pdf = PdfDocument.Open(tmp.File("r.pdf")))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))).ReplaceLineEndings(" ");
            Assert.Contains("Where the money went, by part", text);   // the waterfall's title
            Assert.Contains("Of the $1.215 trillion that left since 14 January 2026, Bitcoin accounted for $682.9 billion (56.2%)", text);
            // $1.9 billion into stablecoins against $1.215 trillion that left (0.16%): not where the money went.
            Assert.Contains("rose $1.9 billion to $232.1 billion, small against the fall: little of the money parked in stablecoins.", text);
            Assert.DoesNotContain("so part of the money parked", text);
            // The CLI reads the month of caps the attribution uses, and the sources say that is what the range is.
            Assert.Contains("Per-coin market caps: marketcaps.csv, 6 January 2026 to 5 February 2026, the days the attribution reads (775 rows)", text);
        }
        var html = File.ReadAllText(tmp.File("r.html"));
        Assert.Contains("<h2>Where the money went</h2>", html);
        Assert.Contains("Waterfall chart of the change of the total crypto market cap since the 30-day high on 14 Jan 2026", html);
    }

    [Fact]
    public async Task A_folder_without_marketcaps_gives_a_report_without_the_section_and_a_gap_not_an_error()
    {
        using var tmp = new TempFolder();
        var data = System.IO.Path.Combine(tmp.Path, "data");
        var samples = SampleData.DefaultFolder();
        foreach (var file in Directory.EnumerateFiles(samples, "*.csv", SearchOption.AllDirectories).Where(f => !f.EndsWith("marketcaps.csv", StringComparison.Ordinal)))
        {
            var target = System.IO.Path.Combine(data, System.IO.Path.GetRelativePath(samples, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var run = await CliRun.RunAsync("report", "--data", data, "--date", "2026-02-05", "--out", tmp.File("r.pdf"), "--out", tmp.File("r.json"));

        Assert.True(run.ExitCode == 0, run.Output);
        using var json = JsonDocument.Parse(File.ReadAllBytes(tmp.File("r.json")));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("attribution").ValueKind);
        Assert.Contains(json.RootElement.GetProperty("gaps").EnumerateArray(),
            g => g.GetString() == "No per-coin market caps are stored for 2026-01-06 to 2026-02-05, so where the money went (the flow attribution) is left out.");
        Assert.DoesNotContain(json.RootElement.GetProperty("sections").EnumerateArray(), s => s.GetProperty("title").GetString() == "Where the money went");
        using var pdf = PdfDocument.Open(tmp.File("r.pdf"));
        Assert.DoesNotContain("by part", string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));
    }
}
