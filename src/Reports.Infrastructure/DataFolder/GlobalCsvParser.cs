using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>global.csv: total crypto market cap and volume per UTC day.</summary>
internal static class GlobalCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "total_market_cap_usd", "total_volume_usd"];

    public static async Task<ParsedFile<MarketCapPoint>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken)
    {
        var warnings = new List<DataWarning>();
        var rows = new List<LineItem<MarketCapPoint>>();
        await foreach (var row in CsvFileReader.ReadAsync(file, Header, warnings, cancellationToken))
        {
            if (!FieldCount.Matches(file, row, Header.Count, warnings))
                continue;
            var date = DateField.Parse(file, row, 0, Header[0]);
            if (date > through)
                continue;

            var values = new RowValues(row, Header);
            // A zero market cap is never a real observation; zero volume is allowed (nothing traded is still a figure).
            var cap = values.Amount(1, allowZero: false);
            var volume = values.OptionalAmount(2);
            if (values.Problem is { } problem)
            {
                warnings.Add(file.Warning(row.Line, $"{problem}; row skipped"));
                continue;
            }

            rows.Add(new(row.Line, new MarketCapPoint(date, cap, volume)));
        }

        var points = SeriesOrder.Normalise(file, rows, p => p.Date, DateField.Show, warnings);
        GapCheck.EveryDay(file, points.Select(p => p.Date), warnings);
        return new(file, points, warnings);
    }
}
