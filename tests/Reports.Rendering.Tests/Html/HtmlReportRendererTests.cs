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
        Assert.EndsWith("</html>\n", _selloff);
        Assert.Empty(HtmlStructure.Problems(_selloff));
        Assert.Empty(HtmlStructure.Problems(_rally));
        Assert.Equal(1, HtmlStructure.Count(_selloff, "h1"));
        Assert.Equal(1, HtmlStructure.Count(_selloff, "article"));
        Assert.Equal(1, HtmlStructure.Count(_selloff, "main"));
        var ids = Regex.Matches(_selloff, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count()); // the SVGs' clip-path ids are unique on the page
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
        Assert.Contains("<p class=\"standfirst\">Total crypto market value fell 5.9% to $2.413 trillion, the weakest close for bitcoin since November 2024, as record volume met a tech selloff.</p>", _selloff);
        Assert.Contains("<time datetime=\"2026-02-05\">5 February 2026</time>", _selloff);
        Assert.Contains("<time datetime=\"2026-03-02\">2 March 2026</time>", _rally);
    }

    [Fact]
    public void Key_figures_are_a_table_of_label_value_and_note()
    {
        var table = Section(_selloff, "Key figures");
        Assert.Contains("<caption>", table);
        Assert.Contains("<th scope=\"col\">Figure</th>\n<th scope=\"col\" class=\"num\">Value</th>\n<th scope=\"col\">Note</th>", table);
        Assert.Contains("<th scope=\"row\">Drain since 14 Jan</th>\n<td class=\"num\">$599.7 billion</td>\n<td>22 days, $27.3 billion a day</td>", table);
        Assert.Contains("<td>−5.9% on the day</td>", table); // a note is prose: not coloured, left-aligned
    }

    [Fact]
    public void Synthetic_data_notice_opens_the_page_before_any_section()
    {
        var notice = _selloff.IndexOf("<p class=\"notice\" role=\"note\">This report includes synthetic data", StringComparison.Ordinal);
        Assert.True(notice > 0);
        Assert.True(notice < _selloff.IndexOf("<h2", StringComparison.Ordinal));
        Assert.DoesNotContain("class=\"notice\"", _rally); // no synthetic input on the rally day
    }

    [Fact]
    public void Every_article_section_is_an_h2_section_in_order()
    {
        var titles = new[] { "Key figures", "The drain", "Bitcoin and ether", "What moved it", "What to watch", "Data appendix", "Methodology" };
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
        Assert.Contains("<li>Longs made up 90.0% of liquidations.</li>", moved);
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
        var appendix = Appendix(_selloff);
        Assert.Contains(
            "<th scope=\"row\">BTC</th>\n<td class=\"num\">$71,204.80</td>\n<td class=\"num neg\">−7.5%</td>\n<td class=\"num\">$70,113.55</td>\n" +
            "<td class=\"num neg\">−14.6%</td>\n<td class=\"num neg\">−18.7%</td>\n<td class=\"num\">6 Nov 2024</td>",
            appendix);
        Assert.Contains("<th scope=\"row\">XRP</th>\n<td class=\"num\">$1.39</td>", appendix);
        Assert.Contains("<td class=\"num\">lowest on record</td>", appendix);
        Assert.Contains("<td class=\"num pos\">+2.0%</td>", appendix); // SOL open interest rose
        Assert.Equal(5 * 2 + 2, Regex.Matches(appendix[..appendix.IndexOf("Cross-market moves", StringComparison.Ordinal)], "<tr>").Count);
    }

    [Fact]
    public void Each_asset_has_a_price_ladder_from_the_highest_level_down()
    {
        var ladders = Regex.Matches(_selloff, "<table class=\"ladder\">.*?</table>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        var btc = Assert.Single(ladders, l => l.Contains("BTC price ladder", StringComparison.Ordinal));
        var rows = Regex.Matches(btc, "<tr>\n<th scope=\"row\">([^<]*)</th>\n<td class=\"num\">([^<]*)</td>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Contains(("Close", "$71,204.80"), rows);
        Assert.Contains(("21 Nov 2025 low", "$80,537.00"), rows);
        var prices = rows.Select(r => decimal.Parse(r.Item2.TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(prices.OrderDescending(), prices);
        Assert.Contains("<td class=\"num neg\">−11.6%</td>", btc); // the close is 11.6% under the 21 Nov 2025 low
    }

    [Fact]
    public void Cross_market_table_shows_moves_and_correlation()
    {
        var cross = Appendix(_selloff);
        Assert.Contains(
            "<th scope=\"row\">Nasdaq 100</th>\n<td class=\"num\">5 Feb 2026</td>\n<td class=\"num\">20,812.40</td>\n<td class=\"num neg\">−2.1%</td>\n" +
            "<td class=\"num neg\">−4.4%</td>\n<td class=\"num\">21,900.10 (22 Jan 2026)</td>\n<td class=\"num neg\">−5.0%</td>\n<td class=\"num\">0.61 (24 days)</td>",
            cross);
        Assert.Contains("<th scope=\"row\">Nikkei 225</th>\n<td class=\"num\">n/a</td>", cross);
        Assert.Contains("30 days", cross);
    }

    [Fact]
    public void Sources_the_closing_section_does_not_name_are_tabled_once_with_synthetic_flags_and_links()
    {
        var sources = Appendix(_selloff);
        Assert.Contains("<th scope=\"row\">BTC derivatives <span class=\"flag\">SYNTHETIC</span></th>", sources);
        Assert.Single(Regex.Matches(_selloff, ">SYNTHETIC</span>"));
        Assert.Contains($"<a href=\"{ReportFixture.NasdaqOrigin}\" class=\"link\">{ReportFixture.NasdaqOrigin}</a>", sources);
        Assert.Contains("<td>samples/global.csv<span class=\"detail\">CoinGecko /global</span></td>", sources);
        Assert.Single(Regex.Matches(_selloff, "<table class=\"sources\">"));
    }

    [Fact]
    public void Events_and_data_notes_are_listed()
    {
        var events = Appendix(_selloff);
        Assert.Contains("<th scope=\"row\">28 Jan 2026</th>\n<td>central-bank</td>", events);
        Assert.Contains($"<a href=\"{ReportFixture.FedUrl}\" class=\"link\">FOMC holds the target range at 3.50–3.75 % and signals patience</a>", events);
        Assert.Contains("Exchange hot wallet drained of $38 million in ETH", events);
        Assert.Contains("<li>daily/SOL.csv:412: duplicate day 2026-01-30 skipped</li>", events);
        Assert.Contains("<li>no derivatives data for XRP</li>", events);
        Assert.Contains("<li>no liquidation data</li>", _rally);
        Assert.DoesNotContain(">Events</h3>", _rally); // no events that day: no empty part
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
            // The only url() are the SVGs' references to their own clip paths.
            Assert.All(Regex.Matches(html, "url\\(([^)]*)\\)").Select(m => m.Groups[1].Value), target => Assert.Matches("^#chart[0-9]+-[0-9]+[wn]-[0-9]+$", target));
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
        Assert.Contains("<td>javascript:alert(2)</td>", html); // shown as text, not linked
        Assert.Empty(HtmlStructure.Problems(html));
    }

    [Fact]
    public void Charts_are_inline_scottplot_svg_with_text_alternatives_and_gutter_labels()
    {
        // Market cap, then price and 4h momentum (RSI and MACD panels) per asset with enough data; DOGE has none.
        var view = Reports.Rendering.View.ReportView.Build(ReportFixture.Selloff());
        Assert.Equal(2 * view.Charts.Sum(c => c.Panels.Count), HtmlStructure.Count(_selloff, "svg")); // a wide and a narrow drawing
        Assert.DoesNotContain("xmlns", _selloff); // inline SVG in HTML needs no namespace address

        var svgs = Svgs(_selloff);
        Assert.All(svgs, svg => Assert.Matches("^<svg viewBox=\"0 0 [0-9]+ [0-9]+\" role=\"img\" aria-label=\"[^\"]{20,}\">", svg));
        Assert.Contains("aria-label=\"Line chart of the total crypto market cap. From ", svgs[0]);
        Assert.Contains(">Swing high $3.013 trillion</text>", svgs[0]);
        Assert.Contains(">Cycle peak $4.38 trillion</text>", svgs[0]);
        Assert.Contains(">21 Nov 2025 low $80,537.00</text>", _selloff);
        Assert.DoesNotContain("Cycle peak", Svgs(_rally)[0]); // no cycle peak known on the rally day
        Assert.Contains("DOGE daily closes: no data for this period, so there is no chart.", _selloff);
    }

    [Fact]
    public void A_momentum_panel_whose_4h_candles_went_stale_is_replaced_by_a_note()
    {
        // The analysis counted BTC's 4h candles, but the chart window dropped them as more than a week old.
        var report = ReportFixture.Selloff();
        var charts = report.Analysis.Charts with
        {
            Assets = [.. report.Analysis.Charts.Assets.Select(c => c.Symbol == "BTC" ? c with { FourHour = [] } : c)],
        };
        Assert.Contains("BTC: not enough 4h readings for the momentum panel", _selloff); // the fixture's 2 bars, not stale
        var html = RenderedHtml.Text(report with { Analysis = report.Analysis with { Charts = charts } });
        Assert.Contains("BTC: the stored 4h candles end more than 7 days before this day, so there is no momentum panel.", html);
        Assert.DoesNotContain("BTC: not enough 4h readings", html);
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
        Assert.Contains("1 day of data, too few to chart", html);
        Assert.Equal(1, HtmlStructure.Count(html, "table")); // the sources the article records
        Assert.Equal(2, HtmlStructure.Count(html, "h2")); // the data appendix, saying what it lacks, and the sources
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
        Assert.Contains(".table-wrap { overflow: visible; }", _selloff);
        Assert.Contains("@media (prefers-color-scheme: dark)", _selloff);
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

    /// <summary>The appendix section, from its heading to the end of the page.</summary>
    private static string Appendix(string html)
    {
        var start = html.IndexOf("<section class=\"appendix\">", StringComparison.Ordinal);
        Assert.True(start > 0, "no appendix");
        return html[start..];
    }
}
