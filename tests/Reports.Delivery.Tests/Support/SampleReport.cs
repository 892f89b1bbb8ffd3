using Reports.Domain.Delivery;
using Reports.Domain.Narrative;
using Reports.Domain.UseCases;

namespace Reports.Delivery.Tests.Support;

/// <summary>A small hand-written article and a binary "PDF" standing in for the day's stored report.</summary>
internal static class SampleReport
{
    public static readonly DateOnly Day = new(2026, 2, 5);

    public const string Headline = "Crypto's $1 Trillion Drain: Flow Analysis of the 2026 Selloff";
    public const string Standfirst = "Total market cap fell to $2.438 trillion as $45 billion left in a day.";
    public const string FirstParagraph = "The market lost $45 billion on 5 February, its worst day since November & the third in a row below <$2.5 trillion>.";

    public static Article Article(DateOnly? day = null) => new(
        day ?? Day,
        Headline,
        Standfirst,
        [
            new KeyFigure("Total market cap", "$2.438 trillion", "\u22121.8% on the day"),
            new KeyFigure("Drain since 30-day high", "$612.4 billion", null),
            new KeyFigure("BTC", "$66,675.12", "\u22125.9% week"),
            new KeyFigure("ETH", "$1,912.40", "\u22128.1% week"),
        ],
        [
            new ArticleSection("Where the money went",
            [
                new Paragraph([new Sentence("A list item that must not lead the email.", [])], IsList: true),
                new Paragraph([new Sentence(FirstParagraph, [])]),
                new Paragraph([new Sentence("A second paragraph that stays in the PDF.", [])]),
            ]),
            // The last section is the methodology appendix (ReportView puts it after the data appendix).
            new ArticleSection("How this was measured", [new Paragraph([new Sentence("Methodology prose that never leads the email.", [])])]),
        ],
        []);

    /// <summary>Binary on purpose (every byte value, NULs, a PDF header), so any re-encoding shows.</summary>
    public static byte[] Pdf(int size = 48 * 1024)
    {
        var bytes = new byte[size];
        var header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8;
        header.CopyTo(bytes);
        var state = 2463534242u;
        for (var i = header.Length; i < size; i++)
        {
            state ^= state << 13; state ^= state >> 17; state ^= state << 5; // xorshift: fixed, every byte value occurs
            bytes[i] = (byte)state;
        }
        return bytes;
    }

    /// <summary>The analysis of <see cref="SampleMarket"/> (BTC and ETH) with the hand-written article above.</summary>
    public static FlowReport Report(DateOnly? day = null) =>
        Analysed.Value with { Article = Article(day) };

    private static readonly Lazy<FlowReport> Analysed = new(() =>
        new BuildReport(new SampleMarket()).RunAsync(new ReportRequest(Day), default).GetAwaiter().GetResult());

    public static ReportEdition Edition(DateOnly? day = null, byte[]? pdf = null) =>
        new(Reports.Rendering.Email.ReportEmailComposer.Summary(Report(day)), pdf ?? Pdf());

    public static ReportEmailSettings Settings { get; } =
        new("https://reports.example.com/api/archive/{date}", "https://reports.example.com/api/unsubscribe?token={token}", "reports.example.com",
            "https://reports.example.com/api/feed.atom");
}
