using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>global.csv: total crypto market cap and volume per UTC day.</summary>
internal static class GlobalCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "total_market_cap_usd", "total_volume_usd"];

    public static Task<ParsedFile<MarketCapPoint>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken) =>
        DatedCsv.ReadDailySeriesAsync(file, Header, new Map(), through, Validate, p => p.Date, everyDay: true, cancellationToken);

    private static RowResult<MarketCapPoint> Validate(DataRow row, Row record, DateOnly date)
    {
        var values = new RowValues(row, Header);
        // A zero market cap is never a real observation; zero volume is allowed (nothing traded is still a figure).
        var cap = values.Amount(1, record.Cap, allowZero: false);
        var volume = values.OptionalAmount(2, record.Volume);
        return values.Problem is { } problem ? RowResult<MarketCapPoint>.Skip(problem) : new MarketCapPoint(date, cap, volume);
    }

    internal sealed class Row : IDatedRow
    {
        public DateOnly? Date { get; set; }

        public decimal? Cap { get; set; }

        public decimal? Volume { get; set; }
    }

    internal sealed class Map : RowMap<Row>
    {
        public Map()
        {
            Day(r => r.Date, 0);
            Number(r => r.Cap, 1);
            Number(r => r.Volume, 2);
        }
    }
}
