using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>global.csv: total crypto market cap and volume per UTC day.</summary>
internal static class GlobalCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "total_market_cap_usd", "total_volume_usd"];

    public static Task<ParsedFile<MarketCapPoint>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken) =>
        DatedCsv.ReadDailySeriesAsync(file, Header, through, ReadRow, p => p.Date, everyDay: true, cancellationToken);

    private static RowResult<MarketCapPoint> ReadRow(CsvRow row, DateOnly date)
    {
        var values = new RowValues(row, Header);
        // A zero market cap is never a real observation; zero volume is allowed (nothing traded is still a figure).
        var cap = values.Amount(1, allowZero: false);
        var volume = values.OptionalAmount(2);
        return values.Problem is { } problem ? RowResult<MarketCapPoint>.Skip(problem) : new MarketCapPoint(date, cap, volume);
    }
}
