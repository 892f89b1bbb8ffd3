using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// A Yahoo Finance daily export as downloaded (daily/ and cross/ files). We use Close, not Adj Close: for crypto
/// they are the same, and for other markets the report compares plain price moves over days, not total returns.
/// Adj Close is therefore not read at all.
/// </summary>
internal static class YahooDailyCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"];

    /// <param name="everyDay">True for crypto (a missing day is a hole), false for markets that close at weekends.</param>
    public static Task<ParsedFile<Candle>> ParseAsync(DataFile file, DateOnly? through, bool everyDay, CancellationToken cancellationToken) =>
        DatedCsv.ReadDailySeriesAsync(file, Header, new Map(), through, Validate, c => c.Day, everyDay, cancellationToken);

    private static RowResult<Candle> Validate(DataRow row, Row record, DateOnly date)
    {
        // Yahoo writes "null" in every column for days it has no quote for.
        if (IsNullRow(row))
            return RowResult<Candle>.Skip($"no quote for {DateField.Show(date)} (Yahoo \"null\" row)");

        var values = new RowValues(row, Header);
        var open = values.Price(1, record.Open);
        var high = values.Price(2, record.High);
        var low = values.Price(3, record.Low);
        var close = values.Price(4, record.Close);
        var volume = values.Amount(6, record.Volume);
        return (values.Problem ?? CandleRules.Problem(open, high, low, close)) is { } problem
            ? RowResult<Candle>.Skip(problem)
            : Candle.Daily(date, open, high, low, close, volume);
    }

    private static bool IsNullRow(DataRow row)
    {
        for (var i = 1; i < row.Count; i++)
        {
            if (!row[i].AsSpan().Trim().Equals("null", StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return true;
    }

    internal sealed class Row : IDatedRow
    {
        public DateOnly? Date { get; set; }

        public decimal? Open { get; set; }

        public decimal? High { get; set; }

        public decimal? Low { get; set; }

        public decimal? Close { get; set; }

        public decimal? Volume { get; set; }
    }

    /// <summary>Adj Close (column 5) is not mapped.</summary>
    internal sealed class Map : RowMap<Row>
    {
        public Map()
        {
            Day(r => r.Date, 0);
            Number(r => r.Open, 1);
            Number(r => r.High, 2);
            Number(r => r.Low, 3);
            Number(r => r.Close, 4);
            Number(r => r.Volume, 6);
        }
    }
}
