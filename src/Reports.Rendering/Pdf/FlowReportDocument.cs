using Reports.Domain.Narrative;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>
/// The report as a document: title block, key figures, the article's sections with the charts placed among
/// them, the data appendix, then the sources appendix (the article's last section and its inputs).
/// Every page after the first has a running header; every page has "Page n of N".
/// </summary>
internal sealed class FlowReportDocument(FlowReport report) : IDocument
{
    public const string Brand = "Flow Reports";
    public const string SyntheticNotice = "This report includes synthetic data; those inputs are marked SYNTHETIC under Sources.";

    private readonly Article article = report.Article;

    public DocumentMetadata Metadata => new(
        Title: article.Headline,
        Author: Brand,
        Subject: article.Standfirst,
        Creator: Brand,
        Producer: Brand + " PDF renderer (SkiaSharp)",
        // Derived from the report day, never the clock, so the same report gives the same bytes.
        Created: new DateTimeOffset(article.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public void Compose(PageDescriptor page)
    {
        page.Size(PageDescriptor.A4).Margin(PageDescriptor.Millimetres(18));
        page.Header(ComposeHeader);
        page.Footer(ComposeFooter);
        page.Content().Column(ComposeContent);
    }

    private void ComposeHeader(IContainer container, PageInfo page)
    {
        if (page.Number == 1)
        {
            return;
        }

        container.PaddingBottom(12).Column(column =>
        {
            column.Spacing(3);
            column.Item().Text($"{Brand} · {Formats.Date(article.Date)}", Typography.PageChrome);
            column.Item().LineHorizontal(0.5f, Palette.Rule);
        });
    }

    private static void ComposeFooter(IContainer container, PageInfo page) =>
        container.PaddingTop(10).Text($"Page {page.Number} of {page.Total}", Typography.PageChrome, TextAlignment.Right);

    private void ComposeContent(ColumnDescriptor column)
    {
        column.Spacing(8);
        column.Item().Component(new TitleBlock(article));
        if (article.Sources.Any(s => s.Synthetic) || report.Analysis.Sources.Any(s => s.Synthetic))
        {
            column.Item().Text(SyntheticNotice, Typography.Flag);
        }

        column.Item().Component(new KeyFiguresTable(article.KeyFigures));

        // The article's last section is its methodology/sources appendix; the rest is the body.
        var body = article.Sections.Count > 0 ? article.Sections.Take(article.Sections.Count - 1).ToArray() : [];
        var appendix = article.Sections.Count > 0 ? article.Sections[^1] : null;
        var placement = ChartPlacement.For(body);
        if (placement.MarketChartBefore < 0)
        {
            AddCharts(column, market: true, assets: true);
        }

        for (var i = 0; i < body.Length; i++)
        {
            AddCharts(column, market: i == placement.MarketChartBefore, assets: false);
            column.Item().Component(new ArticleSectionView(body[i]));
            AddCharts(column, market: false, assets: i == placement.AssetChartsAfter);
        }

        column.Item().PageBreak();
        column.Item().Component(new DataAppendix(report.Analysis));
        column.Item().Component(new SourcesAppendix(appendix, article.Sources, report.Analysis.Gaps, report.Analysis.Warnings));
    }

    private void AddCharts(ColumnDescriptor column, bool market, bool assets)
    {
        if (market)
        {
            column.Item().Component(new MarketCapFigure(report.Analysis));
        }

        if (assets)
        {
            column.Item().Component(new AssetFigures(report.Analysis));
        }
    }
}
