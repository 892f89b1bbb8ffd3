using Reports.Domain.Analysis;
using Reports.Rendering.Formatting;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>Every figure per asset, then the cross-market table: the numbers behind the prose.</summary>
internal sealed class DataAppendix(FlowAnalysis analysis) : IComponent
{
    public const string Title = "Data appendix";
    public const string AssetTableTitle = "Figures per asset";
    public const string SupportTitle = "Support levels";
    public const string CrossMarketTitle = "Cross-market moves";

    public void Compose(IContainer container) => container.Column(column =>
    {
        column.Spacing(6);
        column.Item().Component(new SectionHeading(Title));
        column.Item().Component(new SectionHeading(AssetTableTitle, sub: true));
        if (analysis.Assets.Count == 0)
        {
            column.Item().Text("No asset figures for this day.", Typography.Caption);
        }
        else
        {
            column.Item().Component(new AssetTable(analysis.Assets));
        }

        column.Item().Component(new SectionHeading(SupportTitle, sub: true));
        if (analysis.Assets.All(a => a.SupportLevels.Count == 0))
        {
            column.Item().Text("No support levels for this day.", Typography.Caption);
        }
        else
        {
            column.Item().Component(new SupportTable(analysis.Assets));
        }

        column.Item().Component(new SectionHeading(CrossMarketTitle, sub: true));
        if (analysis.CrossMarkets.Count == 0)
        {
            column.Item().Text("No cross-market data for this day.", Typography.Caption);
        }
        else
        {
            column.Item().Component(new CrossMarketTable(analysis.CrossMarkets));
        }
    });

    /// <summary>Two tables, so each column is wide enough: prices first, then positioning and momentum.</summary>
    private sealed class AssetTable(IReadOnlyList<AssetFlow> assets) : IComponent
    {
        public void Compose(IContainer container) => container.Column(column =>
        {
            column.Spacing(8);
            column.Item().Component(new FigureTable<AssetFlow>(assets,
            [
                ("Asset", 1f, a => a.Symbol),
                ("Close", 1.2f, a => MoneyFormat.Price(a.Close)),
                ("Day", 0.9f, a => MoneyFormat.Percent(a.DailyChangePct)),
                ("Low", 1.2f, a => MoneyFormat.Price(a.Low)),
                ("Week", 0.9f, a => MoneyFormat.Percent(a.WeekChangePct)),
                ("YTD", 0.9f, a => MoneyFormat.Percent(a.YtdChangePct)),
                ("Weakest since", 1.3f, a => a.LowestOnRecord ? "lowest on record" : ReportDates.Short(a.WeakestSinceDate)),
            ]));
            column.Item().Component(new FigureTable<AssetFlow>(assets,
            [
                ("Asset", 1f, a => a.Symbol),
                ("Volume", 1.3f, a => MoneyFormat.Usd(a.VolumeUsd)),
                ("Open interest", 1.3f, a => MoneyFormat.Usd(a.OpenInterestUsd)),
                ("OI week", 0.9f, a => MoneyFormat.Percent(a.OpenInterestWeekChangePct)),
                ("Long liq.", 1.2f, a => MoneyFormat.Usd(a.LongLiquidationsUsd)),
                ("Short liq.", 1.2f, a => MoneyFormat.Usd(a.ShortLiquidationsUsd)),
                ("RSI 4h", 0.7f, a => MoneyFormat.Number(a.Momentum.Rsi4h)),
                ("MACD 4h", 0.9f, a => MoneyFormat.Number(a.Momentum.Macd4h, 2)),
                ("CMF daily", 0.8f, a => MoneyFormat.Number(a.Momentum.CmfDaily, 3)),
            ]));
        });
    }

    /// <summary>One row per item, one column per (header, width weight, cell text); the first column is bold.</summary>
    private sealed class FigureTable<T>(IReadOnlyList<T> rows, IReadOnlyList<(string Header, float Weight, Func<T, string> Cell)> columns) : IComponent
    {
        public void Compose(IContainer container) => container.Table(table =>
        {
            table.Style(Tables.Standard);
            table.ColumnsDefinition(c =>
            {
                foreach (var column in columns)
                {
                    c.RelativeColumn(column.Weight);
                }
            });
            table.Header(h =>
            {
                foreach (var column in columns)
                {
                    h.Cell().Text(column.Header, Typography.TableHeader);
                }
            });
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    Cell(table, columns[i].Cell(row), bold: i == 0);
                }
            }
        });
    }

    private sealed class SupportTable(IReadOnlyList<AssetFlow> assets) : IComponent
    {
        public void Compose(IContainer container) => container.Component(new FigureTable<(string Symbol, SupportLevel Level)>(
            assets.SelectMany(a => a.SupportLevels.Select(l => (a.Symbol, l))).ToArray(),
            [
                ("Asset", 1f, r => r.Symbol),
                ("Level", 1.8f, r => r.Level.Label),
                ("Price", 1.2f, r => MoneyFormat.Price(r.Level.Price)),
                ("Set on", 1.1f, r => ReportDates.Short(r.Level.Date)),
                ("Close vs level", 1.1f, r => MoneyFormat.Percent(r.Level.DistancePct)),
                ("On the day", 1.4f, r => r.Level.ClosedBelow ? "closed below" : r.Level.BrokenOnDay ? "traded through" : "held"),
            ]));
    }

    private sealed class CrossMarketTable(IReadOnlyList<CrossMarketFlow> markets) : IComponent
    {
        public void Compose(IContainer container) => container.Component(new FigureTable<CrossMarketFlow>(markets,
            [
                ("Market", 1.5f, m => m.Name),
                ("Last day", 1.1f, m => ReportDates.Short(m.LastDate)),
                ("Close", 1.1f, m => Level(m.Close)),
                ("Day", 0.8f, m => MoneyFormat.Percent(m.DailyChangePct)),
                ("Week", 0.8f, m => MoneyFormat.Percent(m.WeekChangePct)),
                ("Window high", 1.6f, m => m.WindowHigh is { } high ? $"{Level(high.Value)} ({ReportDates.Short(high.Date)})" : MoneyFormat.Missing),
                ("From high", 0.8f, m => MoneyFormat.Percent(m.DropFromHighPct)),
                ("Correlation with BTC", 1.2f, m => $"{MoneyFormat.Number(m.CorrelationWithBtc, 2)} ({m.CorrelationSamples} days)"),
            ]));

        // Index levels and commodity prices are not all dollars (Nasdaq is points), so no currency sign here.
        private static string Level(decimal? value) => MoneyFormat.Number((double?)value, 2);
    }

    private static void Cell(TableDescriptor table, string text, bool bold = false) =>
        table.Cell().Text(text, bold ? Typography.TableCell.Bold() : Typography.TableCell);
}
