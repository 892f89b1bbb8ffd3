using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>global.csv: total crypto market cap and volume per UTC day.</summary>
internal static class GlobalCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "total_market_cap_usd", "total_volume_usd"];

    public static async Task<ParsedFile<MarketCapPoint>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken)
    {
        var warnings = new List<DataWarning>();
        var rows = await DatedCsv.ReadAsync(file, Header, through, warnings, ReadRow, cancellationToken);
        var points = SeriesOrder.Normalise(file, rows, p => p.Date, DateField.Show, warnings);
        GapCheck.EveryDay(file, points.Select(p => p.Date), warnings);
        return new(file, points, warnings);
    }

    private static RowResult<MarketCapPoint> ReadRow(CsvRow row, DateOnly date)
    {
        var values = new RowValues(row, Header);
        // A zero market cap is never a real observation; zero volume is allowed (nothing traded is still a figure).
        var cap = values.Amount(1, allowZero: false);
        var volume = values.OptionalAmount(2);
        return values.Problem is { } problem ? RowResult<MarketCapPoint>.Skip(problem) : new MarketCapPoint(date, cap, volume);
    }
}
