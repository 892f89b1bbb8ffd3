using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>derivatives/&lt;ASSET&gt;.csv: open interest and liquidations per UTC day; an empty cell means unknown.</summary>
internal static class DerivativesCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "open_interest_usd", "long_liquidations_usd", "short_liquidations_usd"];

    public static Task<ParsedFile<DerivativesPoint>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken) =>
        DatedCsv.ReadDailySeriesAsync(file, Header, through, ReadRow, p => p.Date, everyDay: true, cancellationToken);

    private static RowResult<DerivativesPoint> ReadRow(CsvRow row, DateOnly date)
    {
        var values = new RowValues(row, Header);
        var openInterest = values.OptionalAmount(1);
        var longs = values.OptionalAmount(2);
        var shorts = values.OptionalAmount(3);
        return values.Problem is { } problem
            ? RowResult<DerivativesPoint>.Skip(problem)
            : new DerivativesPoint(date, openInterest, longs, shorts);
    }
}
