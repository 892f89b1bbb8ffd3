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
        DatedCsv.ReadDailySeriesAsync(file, Header, through, ReadRow, c => c.Day, everyDay, cancellationToken);

    private static RowResult<Candle> ReadRow(CsvRow row, DateOnly date)
    {
        // Yahoo writes "null" in every column for days it has no quote for.
        if (IsNullRow(row))
            return RowResult<Candle>.Skip($"no quote for {DateField.Show(date)} (Yahoo \"null\" row)");

        var values = new RowValues(row, Header);
        var open = values.Price(1);
        var high = values.Price(2);
        var low = values.Price(3);
        var close = values.Price(4);
        var volume = values.Amount(6);
        return (values.Problem ?? CandleRules.Problem(open, high, low, close)) is { } problem
            ? RowResult<Candle>.Skip(problem)
            : Candle.Daily(date, open, high, low, close, volume);
    }

    private static bool IsNullRow(CsvRow row)
    {
        for (var i = 1; i < row.Count; i++)
        {
            if (!row.Span(i).Trim().Equals("null", StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return true;
    }
}
