using System.Text.Json;
using PuppeteerSharp;
using Reports.Rendering.Html;
using Reports.Rendering.Tests.Samples;
using Reports.Rendering.View;
using Reports.TestSupport;

namespace Reports.Rendering.Tests.Browser;

/// <summary>
/// The HTML edition in a real browser (Debian's chromium, installed by scripts/setup-chromium.sh) at a phone, a
/// tablet and a desktop width: nothing overflows the page or clips its text, at 1280 px no table scrolls, every chart
/// drawing for that width is visible. Screenshots go to TestResults/screenshots for review.
/// </summary>
public sealed class BrowserLayoutTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Day = "2026-02-05";

    /// <summary>Measures the page in the browser; returns JSON. Elements inside a table's or chart's own box may scroll there.</summary>
    private const string Measure = """
        () => {
          const width = document.documentElement.clientWidth;
          const inScrollBox = e => e.closest('.table-wrap') !== null || e.closest('svg') !== null;
          const overflowing = [];
          for (const e of document.body.querySelectorAll('*')) {
            if (inScrollBox(e)) continue;
            const r = e.getBoundingClientRect();
            if (r.width > 0 && (r.right > width + 1 || r.left < -1)) overflowing.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
          }
          const clipped = [];
          for (const e of document.body.querySelectorAll('p, li, h1, h2, h3, th, td, caption, figcaption')) {
            const style = getComputedStyle(e);
            if (e.scrollWidth > e.clientWidth + 1 && (style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis')) clipped.push(e.tagName + ': ' + e.textContent.slice(0, 40));
          }
          const scrolling = [...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.querySelector('table').className);
          const svgs = [...document.querySelectorAll('svg')];
          const visible = svgs.filter(s => { const r = s.getBoundingClientRect(); return r.width > 50 && r.height > 20 && getComputedStyle(s).visibility === 'visible'; }).length;
          return JSON.stringify({ pageWidth: document.documentElement.scrollWidth, width, overflowing, clipped, scrolling, visible, tables: document.querySelectorAll('table').length });
        }
        """;

    [Fact]
    public async Task At_390_768_and_1280_px_nothing_overflows_or_clips_and_every_chart_is_visible()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/setup-chromium.sh (scripts/test.sh does)");
        var report = SampleReports.For(Day);
        var panels = ReportView.Build(report).Charts.Sum(c => c.Panels.Count);
        var folder = Directory.CreateTempSubdirectory("flow-html-");
        var screenshots = Directory.CreateDirectory(RepositoryFolder.Combine("TestResults", "screenshots"));
        try
        {
            var file = Path.Combine(folder.FullName, "report.html");
            await File.WriteAllBytesAsync(file, new HtmlReportRenderer().Render(report));
            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                UserDataDir = Path.Combine(folder.FullName, "profile"),
                // Offline machine: without these Chromium keeps trying to reach Google's services.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            await using var page = await browser.NewPageAsync();
            foreach (var width in new[] { 390, 768, 1280 })
            {
                await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
                await page.GoToAsync(new Uri(file).AbsoluteUri);
                using var result = JsonDocument.Parse(await page.EvaluateFunctionAsync<string>(Measure));
                var root = result.RootElement;
                await page.ScreenshotAsync(Path.Combine(screenshots.FullName, $"report-{Day}-{width}px.png"), new ScreenshotOptions { FullPage = true });

                Assert.True(root.GetProperty("pageWidth").GetInt32() <= width, $"{width} px: the page is {root.GetProperty("pageWidth")} px wide");
                Assert.True(root.GetProperty("overflowing").GetArrayLength() == 0, $"{width} px: overflowing {root.GetProperty("overflowing")}");
                Assert.True(root.GetProperty("clipped").GetArrayLength() == 0, $"{width} px: clipped {root.GetProperty("clipped")}");
                Assert.Equal(panels, root.GetProperty("visible").GetInt32());
                Assert.True(root.GetProperty("tables").GetInt32() >= 5);
                if (width >= 1024)
                {
                    Assert.True(root.GetProperty("scrolling").GetArrayLength() == 0, $"{width} px: tables that scroll {root.GetProperty("scrolling")}");
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
