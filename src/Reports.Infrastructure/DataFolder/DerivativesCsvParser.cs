using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>derivatives/&lt;ASSET&gt;.csv: open interest and liquidations per UTC day; an empty cell means unknown.</summary>
internal static class DerivativesCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "open_interest_usd", "long_liquidations_usd", "short_liquidations_usd"];

    public static async Task<ParsedFile<DerivativesPoint>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken)
    {
        var warnings = new List<DataWarning>();
        var rows = new List<LineItem<DerivativesPoint>>();
        await foreach (var row in CsvFileReader.ReadAsync(file, Header, warnings, cancellationToken))
        {
            if (!FieldCount.Matches(file, row, Header.Count, warnings))
                continue;
            var date = DateField.Parse(file, row, 0, Header[0]);
            if (date > through)
                continue;

            var values = new RowValues(row, Header);
            var openInterest = values.OptionalAmount(1);
            var longs = values.OptionalAmount(2);
            var shorts = values.OptionalAmount(3);
            if (values.Problem is { } problem)
            {
                warnings.Add(file.Warning(row.Line, $"{problem}; row skipped"));
                continue;
            }

            rows.Add(new(row.Line, new DerivativesPoint(date, openInterest, longs, shorts)));
        }

        var points = SeriesOrder.Normalise(file, rows, p => p.Date, DateField.Show, warnings);
        GapCheck.EveryDay(file, points.Select(p => p.Date), warnings);
        return new(file, points, warnings);
    }
}
