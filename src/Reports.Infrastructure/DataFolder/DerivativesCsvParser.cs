using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>derivatives/&lt;ASSET&gt;.csv: open interest and liquidations per UTC day; an empty cell means unknown.</summary>
internal static class DerivativesCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "open_interest_usd", "long_liquidations_usd", "short_liquidations_usd"];

    public static Task<ParsedFile<DerivativesPoint>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken) =>
        DatedCsv.ReadDailySeriesAsync(file, Header, new Map(), through, Validate, p => p.Date, everyDay: true, cancellationToken);

    private static RowResult<DerivativesPoint> Validate(DataRow row, Row record, DateOnly date)
    {
        var values = new RowValues(row, Header);
        var openInterest = values.OptionalAmount(1, record.OpenInterest);
        var longs = values.OptionalAmount(2, record.LongLiquidations);
        var shorts = values.OptionalAmount(3, record.ShortLiquidations);
        return values.Problem is { } problem
            ? RowResult<DerivativesPoint>.Skip(problem)
            : new DerivativesPoint(date, openInterest, longs, shorts);
    }

    internal sealed class Row : IDatedRow
    {
        public DateOnly? Date { get; set; }

        public decimal? OpenInterest { get; set; }

        public decimal? LongLiquidations { get; set; }

        public decimal? ShortLiquidations { get; set; }
    }

    internal sealed class Map : RowMap<Row>
    {
        public Map()
        {
            Day(r => r.Date, 0);
            Number(r => r.OpenInterest, 1);
            Number(r => r.LongLiquidations, 2);
            Number(r => r.ShortLiquidations, 3);
        }
    }
}
