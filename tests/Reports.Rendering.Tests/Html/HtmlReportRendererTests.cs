using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Rendering.Html;
using Reports.Rendering.Tests.Json;

namespace Reports.Rendering.Tests.Html;

public sealed class HtmlReportRendererTests
{
    private readonly string _selloff = RenderedHtml.Text(ReportFixture.Selloff(), "selloff");
    private readonly string _rally = RenderedHtml.Text(ReportFixture.Rally(), "rally");

    [Fact]
    public void Declares_html_format_and_content_type()
    {
        var renderer = new HtmlReportRenderer();
        Assert.Equal("html", renderer.Format);
        Assert.Equal("text/html; charset=utf-8", renderer.ContentType);
    }

    [Fact]
    public void Is_a_well_formed_html5_document()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", _selloff);
        Assert.EndsWith("</article>\n</body>\n</html>\n", _selloff);
        Assert.Empty(HtmlStructure.Problems(_selloff));
        Assert.Empty(HtmlStructure.Problems(_rally));
        Assert.Equal(1, HtmlStructure.Count(_selloff, "h1"));
        Assert.Equal(1, HtmlStructure.Count(_selloff, "article"));
    }

    [Fact]
    public void The_structure_check_itself_catches_unclosed_and_crossed_tags()
    {
        Assert.NotEmpty(HtmlStructure.Problems("<section><p>text</section>"));
        Assert.NotEmpty(HtmlStructure.Problems("<ul><li>one</ul></li>"));
        Assert.NotEmpty(HtmlStructure.Problems("<div>"));
        Assert.Empty(HtmlStructure.Problems("<p>a<br>b<meta charset=\"utf-8\"><svg><line x1=\"0\" /></svg></p><style>a > b {}</style>"));
    }

    [Fact]
    public void Header_has_the_headline_standfirst_and_date()
    {
        Assert.Contains("<title>Crypto&#39;s $600 Billion Drain: Bitcoin Breaks Its January Floor</title>", _selloff);
        Assert.Contains("<h1>Crypto&#39;s $600 Billion Drain: Bitcoin Breaks Its January Floor</h1>", _selloff);
        Assert.Contains("<p class=\"standfirst\">Total crypto market value fell 5.9 % to $2.41 trillion, the weakest close for bitcoin since November 2024, as record volume met a tech selloff.</p>", _selloff);
        Assert.Contains("<time datetime=\"2026-02-05\">5 February 2026</time>", _selloff);
        Assert.Contains("<time datetime=\"2026-03-02\">2 March 2026</time>", _rally);
    }

    [Fact]
    public void Key_figures_are_a_table_of_label_value_and_note()
    {
        Assert.Contains("<h2 id=\"key-figures\">Key figures</h2>", _selloff);
        Assert.Contains("<tr>\n<th scope=\"row\">Drain since 14 Jan</th>\n<td class=\"value\">$599.7 billion</td>\n<td class=\"text\">22 days, $27.3 billion a day</td>\n</tr>", _selloff);
        Assert.Contains("<td class=\"text\">−5.9 % on the day</td>", _selloff);
    }

    [Fact]
    public void Every_article_section_is_an_h2_section_in_order()
    {
        var titles = new[] { "Key figures", "The drain", "Bitcoin and ether", "What moved it", "What to watch", "Methodology",
            "Price charts", "Asset figures", "Cross-market", "Events", "Sources", "Data notes" };
        var positions = titles.Select(t => _selloff.IndexOf($">{WebUtility.HtmlEncode(t)}</h2>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(titles.Length, HtmlStructure.Count(_selloff, "h2"));
    }

    [Fact]
    public void Paragraphs_are_p_and_list_paragraphs_are_ul()
    {
        var drain = Section(_selloff, "The drain");
        Assert.Equal(2, HtmlStructure.Count(drain, "p"));
        Assert.Equal(0, HtmlStructure.Count(drain, "ul"));
        Assert.Contains(" has left in <span class=\"figure\" title=\"market.drainDays\">22</span> days.</p>", drain);

        var moved = Section(_selloff, "What moved it");
        Assert.Equal(0, HtmlStructure.Count(moved, "p"));
        Assert.Equal(3, HtmlStructure.Count(moved, "li"));
        Assert.Contains("<li>Longs made up 90 % of liquidations.</li>", moved);
    }

    [Fact]
    public void Figures_in_the_prose_are_marked_with_their_json_path()
    {
        Assert.Contains("<span class=\"figure\" title=\"market.drainUsd\">$599.7 billion</span>", _selloff);
        Assert.Contains("Bitcoin closed at <span class=\"figure\" title=\"assets[BTC].close\">$71,204.80</span>, its weakest", _selloff);
        Assert.Equal(14, Regex.Matches(_selloff, "<span class=\"figure\"").Count);
    }

    [Fact]
    public void Asset_appendix_lists_every_asset_with_formatted_figures()
    {
        var appendix = Section(_selloff, "Asset figures");
        Assert.Contains(
            "<th scope=\"row\">BTC</th>\n<td>$71,204.80</td>\n<td class=\"neg\">−7.47 %</td>\n<td class=\"neg\">−14.63 %</td>\n" +
            "<td class=\"neg\">−18.68 %</td>\n<td>$70,113.55</td>\n<td>$77,410.00</td>\n<td>6 Nov 2024</td>\n<td>$52.3B</td>\n" +
            "<td class=\"neg\">−11.20 %</td>\n<td>24.3</td>\n<td>−246.91</td>\n<td>−0.18</td>\n<td class=\"text\">oversold, with sellers stretched</td>",
            appendix);
        Assert.Contains("<th scope=\"row\">XRP</th>\n<td>$1.3911</td>", appendix);
        Assert.Contains("<th scope=\"row\">SOL</th>\n<td>$88.05</td>", appendix);
        Assert.Contains("<td>lowest on record</td>", appendix);
        Assert.Contains("<td class=\"text\">no data for the day</td>", appendix);
        Assert.Contains("<td class=\"pos\">+2.00 %</td>", appendix); // SOL open interest rose
        Assert.Contains("<td class=\"text\">90-day low</td>\n<td>$80,537.00</td>\n<td>21 Nov 2025</td>\n<td class=\"neg\">−11.59 %</td>\n<td class=\"text\">below since earlier</td>", appendix);
        Assert.Equal(3, Regex.Matches(appendix, "broken on the day, closed below").Count); // BTC, ETH and SOL 30-to-7-day lows
        Assert.Equal(5 + 4 + 2, HtmlStructure.Count(appendix, "tr")); // two header rows, five assets, four levels
    }

    [Fact]
    public void Cross_market_table_shows_moves_and_correlation()
    {
        var cross = Section(_selloff, "Cross-market");
        Assert.Contains(
            "<th scope=\"row\">Nasdaq 100</th>\n<td>5 Feb 2026</td>\n<td>20,812.40</td>\n<td class=\"neg\">−2.10 %</td>\n" +
            "<td class=\"neg\">−4.41 %</td>\n<td>21,900.10</td>\n<td>22 Jan 2026</td>\n<td class=\"neg\">−4.97 %</td>\n<td>0.61</td>\n<td>24</td>",
            cross);
        Assert.Contains("<th scope=\"row\">Nikkei 225</th>\n<td>—</td>", cross);
        Assert.Contains("<td>−0.12</td>", cross);
        Assert.Contains("30-day high", cross);
    }

    [Fact]
    public void Sources_mark_synthetic_data_and_link_web_origins()
    {
        var sources = Section(_selloff, "Sources");
        Assert.Equal(4, HtmlStructure.Count(sources, "li"));
        var synthetic = Regex.Matches(sources, "<li class=\"source synthetic-source\"><strong>(.*?)</strong>").Select(m => m.Groups[1].Value);
        Assert.Equal(["BTC derivatives"], synthetic);
        Assert.Single(Regex.Matches(_selloff, ">synthetic</span>"));
        Assert.Contains($"<a href=\"{ReportFixture.NasdaqOrigin}\" class=\"link\">{ReportFixture.NasdaqOrigin}</a>", sources);
        Assert.Contains("<strong>Total market cap</strong> — samples/global.csv &#183; 1 Jan 2025 to 5 Feb 2026 &#183; 401 rows &#183; CoinGecko /global</li>", sources);
    }

    [Fact]
    public void Events_and_data_notes_are_listed()
    {
        var events = Section(_selloff, "Events");
        Assert.Contains($"FOMC holds the target range at 3.50–3.75 % and signals patience (<a href=\"{ReportFixture.FedUrl}\" class=\"link\">source</a>)</li>", events);
        Assert.Contains("hack &#183; Exchange hot wallet drained of $38 million in ETH</li>", events);
        var notes = Section(_selloff, "Data notes");
        Assert.Contains("<li>daily/SOL.csv:412: duplicate day 2026-01-30 skipped</li>", notes);
        Assert.Contains("<li>no derivatives data for XRP</li>", notes);
        Assert.Contains("<li>no liquidation data</li>", Section(_rally, "Data notes"));
        Assert.DoesNotContain(">Events</h2>", _rally); // no events that day: no empty section
    }

    [Fact]
    public void Page_is_self_contained_and_its_only_addresses_are_the_reports_own_links()
    {
        foreach (var html in new[] { _selloff, _rally })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        }

        var ownLinks = new[] { ReportFixture.FedUrl, ReportFixture.EtfUrl, ReportFixture.NasdaqOrigin };
        var withoutOwnLinks = ownLinks.Aggregate(_selloff, (html, url) => html.Replace(WebUtility.HtmlEncode(url), ""));
        Assert.DoesNotContain("http", withoutOwnLinks, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, Regex.Matches(_selloff, "<a href=").Count); // the two events with a source and the Nasdaq origin
    }

    [Fact]
    public void Text_from_the_report_is_html_encoded_everywhere()
    {
        const string attack = "<script>alert('x')</script>";
        var report = ReportFixture.Selloff();
        var analysis = report.Analysis with
        {
            Events = [new MarketEvent(new(2026, 2, 4), "hack\"><b>", $"Exchange {attack} drained <img src=x onerror=alert(1)>", "javascript:alert(1)")],
            Sources = [new SourceInfo($"Feed {attack}", "javascript:alert(2)", null, null, 3, Synthetic: true)],
            Gaps = [attack],
        };
        var article = report.Article with
        {
            Headline = $"Drain {attack} & more",
            Standfirst = $"Standfirst \"{attack}\"",
            Sections = [new ArticleSection(attack, [new Paragraph([new Sentence($"Fell {attack} 5 %", [new FigureRef("x\"><script>", "5 %")])])])],
            KeyFigures = [new KeyFigure(attack, attack, attack)],
        };

        var html = RenderedHtml.Text(new FlowReport(analysis, article));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("href=\"javascript", html);
        Assert.Contains("<h1>Drain &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</h1>", html);
        Assert.Contains("<meta name=\"description\" content=\"Standfirst &quot;&lt;script&gt;", html);
        Assert.Contains("Exchange &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; drained &lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("<span class=\"figure\" title=\"x&quot;&gt;&lt;script&gt;\">5 %</span>", html);
        Assert.Contains("— javascript:alert(2) &#183; dates unknown", html); // shown as text, not linked
        Assert.Empty(HtmlStructure.Problems(html));
    }

    [Fact]
    public void Charts_are_inline_svg_polylines_with_their_levels()
    {
        // Market cap plus one chart per asset with closes; DOGE has none.
        Assert.Equal(5, HtmlStructure.Count(_selloff, "svg"));
        Assert.DoesNotContain("xmlns", _selloff); // inline SVG in HTML needs no namespace address

        var marketCap = Svgs(_selloff)[0];
        Assert.Contains("aria-label=\"Total crypto market capitalisation, daily\"", marketCap);
        Assert.Contains(">Swing high 14 Jan 2026 $3.01T</text>", marketCap);
        Assert.Contains(">Cycle peak 6 Oct 2025 $4.38T</text>", marketCap);
        Assert.Equal(120, Points(marketCap).Count);
        Assert.Equal(["$2T", "$2.5T", "$3T", "$3.5T", "$4T", "$4.5T"], AxisLabels(marketCap));

        var btc = Svgs(_selloff)[1];
        Assert.Contains(">30-to-7-day low $74,420</text>", btc);
        Assert.Contains(">90-day low $80,537</text>", btc);
        Assert.DoesNotContain("Cycle peak", Svgs(_rally)[0]); // no cycle peak known on the rally day
    }

    [Fact]
    public void Chart_points_follow_the_data()
    {
        var closes = ReportFixture.Selloff().Analysis.Charts.Assets[0].DailyClose;
        var points = Points(Svgs(_selloff)[1]);
        Assert.Equal(closes.Count, points.Count);
        Assert.All(points, p => Assert.InRange(p.X, 78, 628));
        Assert.All(points, p => Assert.InRange(p.Y, 12, 194));
        Assert.Equal(78, points[0].X);
        Assert.Equal(628, points[^1].X);
        // Higher close → higher on the page (smaller y), everywhere, within the 0.1 px rounding.
        for (var i = 1; i < closes.Count; i++)
        {
            var rise = closes[i].Value.CompareTo(closes[i - 1].Value);
            Assert.True(rise * (points[i - 1].Y - points[i].Y) >= -0.1, $"point {i} moves against the data");
        }

        // The first level drawn, the $74,420 support, sits where the $60,000-$140,000 axis (182 px tall from y=12) puts it.
        var support = Regex.Match(Svgs(_selloff)[1], "<line x1=\"78\" y1=\"([0-9.]+)\"[^>]*stroke-dasharray").Groups[1].Value;
        var expectedY = 12 + 182 * (140_000 - 74_420) / 80_000.0;
        Assert.InRange(double.Parse(support, CultureInfo.InvariantCulture), expectedY - 0.1, expectedY + 0.1);
    }

    [Fact]
    public void A_report_without_charts_or_tables_still_renders_whole()
    {
        var report = ReportFixture.Rally();
        var empty = new FlowReport(
            report.Analysis with
            {
                Assets = [], CrossMarkets = [], Events = [], Sources = [], Gaps = [], Warnings = [],
                Charts = new ChartData([new DatedValue(RallyDayOnly, 1m)], []),
            },
            report.Article with { KeyFigures = [], Sections = [] });

        var html = RenderedHtml.Text(empty);

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Contains("<h1>Shorts Squeezed as $105 Billion Returns</h1>", html);
        Assert.Equal(0, HtmlStructure.Count(html, "svg")); // one point is not a line
        Assert.Equal(0, HtmlStructure.Count(html, "table"));
        Assert.Equal(0, HtmlStructure.Count(html, "h2"));
    }

    [Fact]
    public void Same_report_gives_the_same_bytes()
    {
        var renderer = new HtmlReportRenderer();
        var first = renderer.Render(ReportFixture.Selloff());
        Assert.Equal(first, renderer.Render(ReportFixture.Selloff()));
        Assert.Equal(first, new HtmlReportRenderer().Render(ReportFixture.Selloff()));
        Assert.NotEqual(first, renderer.Render(ReportFixture.Rally()));
        Assert.Equal((byte)'<', first[0]); // UTF-8 without BOM
        Assert.Equal(Encoding.UTF8.GetString(first), _selloff);
    }

    [Fact]
    public void Print_styles_are_inline()
    {
        Assert.Contains("@media print {", _selloff);
        Assert.Contains("break-inside: avoid", _selloff);
        Assert.Contains("a.link::after { content: \" (\" attr(href) \")\"", _selloff);
    }

    private static readonly DateOnly RallyDayOnly = ReportFixture.RallyDay;

    /// <summary>From a section's h2 to the end of that section.</summary>
    private static string Section(string html, string title)
    {
        var start = html.IndexOf($">{WebUtility.HtmlEncode(title)}</h2>", StringComparison.Ordinal);
        Assert.True(start > 0, $"no section {title}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static IReadOnlyList<string> Svgs(string html) =>
        [.. Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => m.Value)];

    private static IReadOnlyList<(double X, double Y)> Points(string svg) =>
        [.. Regex.Match(svg, "<polyline points=\"([^\"]*)\"").Groups[1].Value.Split(' ')
            .Select(p => p.Split(','))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];

    private static IReadOnlyList<string> AxisLabels(string svg) =>
        [.. Regex.Matches(svg, "text-anchor=\"end\" font-size=\"11\" fill=\"#555555\">([^<]*)</text>").Select(m => m.Groups[1].Value)
            .Where(label => label.StartsWith('$'))];
}
