namespace Reports.Domain.Analysis;

/// <summary>Series the charts draw, cut from the data so the renderer computes nothing.</summary>
public sealed record ChartData(
    IReadOnlyList<DatedValue> MarketCap,
    IReadOnlyList<AssetChart> Assets);

/// <summary>An asset's recent daily closes and 4h indicator history.</summary>
public sealed record AssetChart(
    string Symbol,
    IReadOnlyList<DatedValue> DailyClose,
    IReadOnlyList<IndicatorPoint> FourHour);

/// <summary>One 4h bar's indicator values (null during warm-up).</summary>
public sealed record IndicatorPoint(DateTimeOffset Time, double Close, double? Rsi, double? Macd, double? Signal, double? Histogram);
