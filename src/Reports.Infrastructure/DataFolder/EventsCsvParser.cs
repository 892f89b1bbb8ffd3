using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>events.csv: dated context the report may cite. Several events may share a day; file order is kept within a day.</summary>
internal static class EventsCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "kind", "text", "source_url"];

    public static async Task<ParsedFile<MarketEvent>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken)
    {
        var warnings = new List<DataWarning>();
        var rows = new List<LineItem<MarketEvent>>();
        await foreach (var row in CsvFileReader.ReadAsync(file, Header, warnings, cancellationToken))
        {
            if (!FieldCount.Matches(file, row, Header.Count, warnings, hint: "put text that contains commas in double quotes"))
                continue;

            var date = DateField.Parse(file, row, 0, Header[0]);
            if (date > through)
                continue;

            var kind = row[1].Trim();
            var text = row[2].Trim();
            if (kind.Length == 0 || text.Length == 0)
            {
                warnings.Add(file.Warning(row.Line, $"{(kind.Length == 0 ? "kind" : "text")} is empty; row skipped"));
                continue;
            }

            var url = row[3].Trim();
            if (url.Length > 0 && !IsWebAddress(url))
            {
                // The event itself is still worth citing; only the link is unusable.
                warnings.Add(file.Warning(row.Line, $"source_url '{url}' is not an http(s) address; event kept without it"));
                url = "";
            }

            rows.Add(new(row.Line, new MarketEvent(date, kind, text, url.Length == 0 ? null : url)));
        }

        return new(file, Normalise(file, rows, warnings), warnings);
    }

    /// <summary>Sorts by day (stable) and drops exact repeats; unlike prices, two different events on one day are normal.</summary>
    private static List<MarketEvent> Normalise(DataFile file, List<LineItem<MarketEvent>> rows, List<DataWarning> warnings)
    {
        var firstLine = new Dictionary<MarketEvent, int>();
        var events = new List<MarketEvent>();
        foreach (var row in SeriesOrder.Sort(file, rows, e => e.Date, DateField.Show, warnings))
        {
            if (firstLine.TryGetValue(row.Value, out var line))
            {
                warnings.Add(file.Warning(row.Line, $"duplicate of line {line}; kept one"));
                continue;
            }

            firstLine.Add(row.Value, row.Line);
            events.Add(row.Value);
        }

        return events;
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
