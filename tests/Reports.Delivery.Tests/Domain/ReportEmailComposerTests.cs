using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Rendering.Email;

namespace Reports.Delivery.Tests.Domain;

public sealed class ReportEmailComposerTests
{
    private static Subscriber Reader(IReadOnlyList<string>? assets = null, EmailFormat format = EmailFormat.PdfAttached) =>
        new(SubscriberId.For("reader@example.com"), "reader@example.com", assets ?? [], format, "tok+en/1", SampleReport.Day.ToDateTime(TimeOnly.MinValue));

    [Fact]
    public void Writes_subject_recipient_attachment_and_a_stable_message_id()
    {
        var edition = SampleReport.Edition();
        var message = ReportEmailComposer.Compose(edition, Reader(), SampleReport.Settings);

        Assert.Equal("reader@example.com", message.To);
        Assert.Equal("Crypto's $1 Trillion Drain: Flow Analysis of the 2026 Selloff", message.Subject); // the headline, nothing added
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("flow-report-2026-02-05.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(edition.Pdf, attachment.Content);
        Assert.Equal($"flow-report-2026-02-05.{SubscriberId.For("reader@example.com")}@reports.example.com", message.MessageId);
        Assert.Equal(message.MessageId, ReportEmailComposer.Compose(edition, Reader(), SampleReport.Settings).MessageId);
    }

    [Fact]
    public void Html_has_headline_table_first_prose_paragraph_and_link_all_encoded()
    {
        var html = ReportEmailComposer.Compose(SampleReport.Edition(), Reader(), SampleReport.Settings).HtmlBody;

        Assert.Contains("<h1 style=\"margin:0 0 8px;font-size:22px;line-height:1.25;\">Crypto&#39;s $1 Trillion Drain: Flow Analysis of the 2026 Selloff</h1>", html);
        Assert.Contains(">Total market cap</th><td style=\"text-align:right;font-weight:bold;\">$2.438 trillion</td>", html);
        Assert.Contains(">BTC</th><td style=\"text-align:right;font-weight:bold;\">$66,675.12</td><td style=\"color:#5f6672;\">\u22125.9% week</td>", html); // Theme/Palette.Muted
        // The list paragraph comes first in the article but the email leads with prose; "&" and "<>" are escaped.
        Assert.Contains("worst day since November &amp; the third in a row below &lt;$2.5 trillion&gt;.</p>", html);
        Assert.DoesNotContain("A list item", html);
        Assert.DoesNotContain("second paragraph", html);
        Assert.DoesNotContain("Methodology prose", html);
        Assert.Contains("<a href=\"https://reports.example.com/api/archive/2026-02-05\"", html);
        Assert.Contains("<a href=\"https://reports.example.com/api/feed.atom\"", html);
        Assert.Contains("href=\"https://reports.example.com/api/unsubscribe?token=tok%2Ben%2F1\"", html);
    }

    [Fact]
    public void Plain_text_says_the_same_with_aligned_figures()
    {
        var text = ReportEmailComposer.Compose(SampleReport.Edition(), Reader(), SampleReport.Settings).TextBody;

        Assert.StartsWith("Flow Report, 5 February 2026\n\nCrypto's $1 Trillion Drain: Flow Analysis of the 2026 Selloff\n====", text);
        Assert.Contains("\n  Total market cap         $2.438 trillion (\u22121.8% on the day)\n", text);
        Assert.Contains("\n  BTC                      $66,675.12 (\u22125.9% week)\n", text);
        Assert.Contains(SampleReport.FirstParagraph, text);
        Assert.Contains("Read the full report: https://reports.example.com/api/archive/2026-02-05\n", text);
        Assert.Contains("Past editions as a feed: https://reports.example.com/api/feed.atom\n", text);
        Assert.Contains("The PDF is attached: flow-report-2026-02-05.pdf\n", text);
        Assert.DoesNotContain("<", text.Replace("<$2.5 trillion>", ""));
    }

    [Fact]
    public void Assets_of_interest_keep_market_rows_and_only_those_assets()
    {
        var message = ReportEmailComposer.Compose(SampleReport.Edition(), Reader(["eth"]), SampleReport.Settings);

        Assert.Contains(">ETH</th>", message.HtmlBody);
        Assert.DoesNotContain(">BTC</th>", message.HtmlBody);
        Assert.Contains(">Total market cap</th>", message.HtmlBody);
        Assert.Contains(">Drain since 30-day high</th>", message.HtmlBody);
    }

    [Fact]
    public void Link_only_readers_get_no_attachment_and_no_attachment_sentence()
    {
        var message = ReportEmailComposer.Compose(SampleReport.Edition(), Reader(format: EmailFormat.LinkOnly), SampleReport.Settings);

        Assert.Empty(message.Attachments);
        Assert.DoesNotContain("attached", message.TextBody);
        Assert.DoesNotContain("attached", message.HtmlBody);
    }

    [Fact]
    public void Unsubscribe_headers_offer_one_click_only_over_https()
    {
        var https = ReportEmailComposer.Compose(SampleReport.Edition(), Reader(), SampleReport.Settings).Headers;
        Assert.Equal(
            [new EmailHeader("List-Unsubscribe", "<https://reports.example.com/api/unsubscribe?token=tok%2Ben%2F1>"), new EmailHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
            https);

        var http = ReportEmailComposer.Compose(SampleReport.Edition(), Reader(), SampleReport.Settings with { UnsubscribeUrlTemplate = "http://localhost:7071/api/unsubscribe?token={token}" }).Headers;
        Assert.Equal("List-Unsubscribe", Assert.Single(http).Name);

        var none = ReportEmailComposer.Compose(SampleReport.Edition(), Reader(), SampleReport.Settings with { UnsubscribeUrlTemplate = null });
        Assert.Empty(none.Headers);
        Assert.DoesNotContain("Unsubscribe", none.TextBody);
    }

    public static TheoryData<string?> SummaryDays => new() { null, "2025-01-01", "2026-02-05", "2026-08-20" };

    /// <summary>
    /// The summary a send reads from the archived JSON edition is the one the view gives from the report: same
    /// fields, same email bytes. Null: the hand-written sample article; a day: the bundled samples' report of that day.
    /// </summary>
    [Theory]
    [MemberData(nameof(SummaryDays))]
    public async Task The_summary_from_the_json_edition_is_the_one_from_the_report(string? day)
    {
        var report = day is null
            ? SampleReport.Report()
            : await new Reports.Domain.UseCases.BuildReport(new Reports.Infrastructure.DataFolder.DataFolderStore(RepositoryFolder.Combine("samples")))
                .RunAsync(new Reports.Domain.UseCases.ReportRequest(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), default);
        var json = new Reports.Rendering.Json.JsonReportRenderer().Render(report);

        var fromReport = ReportEmailComposer.Summary(report);
        var fromJson = ReportEmailComposer.Summary(json)!;

        Assert.Equal((fromReport.Date, fromReport.Headline, fromReport.Standfirst, fromReport.FirstParagraph), (fromJson.Date, fromJson.Headline, fromJson.Standfirst, fromJson.FirstParagraph));
        Assert.Equal(fromReport.Notices, fromJson.Notices);
        Assert.Equal(fromReport.KeyFigures, fromJson.KeyFigures);
        Assert.Equal(fromReport.AssetSymbols, fromJson.AssetSymbols);
        Assert.NotNull(fromJson.FirstParagraph);
        foreach (var reader in new[] { Reader(), Reader(["eth"], EmailFormat.LinkOnly) })
        {
            var a = ReportEmailComposer.Compose(new ReportEdition(fromReport, [1]), reader, SampleReport.Settings);
            var b = ReportEmailComposer.Compose(new ReportEdition(fromJson, [1]), reader, SampleReport.Settings);
            Assert.Equal((a.Subject, a.HtmlBody, a.TextBody), (b.Subject, b.HtmlBody, b.TextBody));
        }
        Assert.Null(ReportEmailComposer.Summary("{\"date\":\"2026-02-05\"}"u8.ToArray()));
        Assert.Null(ReportEmailComposer.Summary("%PDF-1.7"u8.ToArray()));
    }
}
