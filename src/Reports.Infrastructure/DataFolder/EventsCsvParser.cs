using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>events.csv: dated context the report may cite. Several events may share a day; file order is kept within a day.</summary>
internal static class EventsCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "kind", "text", "source_url"];

    public static Task<ParsedFile<MarketEvent>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken)
    {
        var warnings = new FileWarnings(file);
        var rows = DatedCsv.Read(
            file, Header, through, warnings, (row, date) => ReadRow(file, row, date, warnings), cancellationToken,
            fieldCountHint: "put text that contains commas in double quotes");
        var events = Normalise(file, rows, warnings);
        return Task.FromResult(new ParsedFile<MarketEvent>(file, events, warnings.Final()));
    }

    private static RowResult<MarketEvent> ReadRow(DataFile file, CsvRow row, DateOnly date, ICollection<DataWarning> warnings)
    {
        var kind = row[1].Trim();
        var text = row[2].Trim();
        if (kind.Length == 0 || text.Length == 0)
            return RowResult<MarketEvent>.Skip($"{(kind.Length == 0 ? "kind" : "text")} is empty");

        var url = row[3].Trim();
        if (url.Length > 0 && !IsWebAddress(url))
        {
            // The event itself is still worth citing; only the link is unusable.
            warnings.Add(file.Warning(row.Line, $"source_url '{Shown.Text(url)}' is not an http(s) address; event kept without it"));
            url = "";
        }

        return new MarketEvent(date, kind, text, url.Length == 0 ? null : url);
    }

    /// <summary>Sorts by day (stable) and drops exact repeats; unlike prices, two different events on one day are normal.</summary>
    private static List<MarketEvent> Normalise(DataFile file, List<LineItem<MarketEvent>> rows, ICollection<DataWarning> warnings)
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
