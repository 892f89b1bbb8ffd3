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
        AddPart(column, AssetTableTitle, analysis.Assets.Count == 0, "No asset figures for this day.", new AssetTable(analysis.Assets));
        AddPart(column, SupportTitle, analysis.Assets.All(a => a.SupportLevels.Count == 0), "No support levels for this day.", new SupportTable(analysis.Assets));
        AddPart(column, CrossMarketTitle, analysis.CrossMarkets.Count == 0, "No cross-market data for this day.", new CrossMarketTable(analysis.CrossMarkets));
    });

    private static void AddPart(ColumnDescriptor column, string title, bool empty, string emptyText, IComponent table)
    {
        column.Item().Component(new SectionHeading(title, sub: true));
        if (empty)
        {
            column.Item().Text(emptyText, Typography.Caption);
        }
        else
        {
            column.Item().Component(table);
        }
    }

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
}
