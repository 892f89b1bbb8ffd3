using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>provenance.csv: labels the other files with their publisher and whether they are synthetic.</summary>
internal static class ProvenanceCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["file", "provider", "synthetic"];

    public static Task<ParsedFile<LineItem<ProvenanceRule>>> ParseAsync(DataFile file, CancellationToken cancellationToken)
    {
        var warnings = new FileWarnings(file);
        var rules = new List<LineItem<ProvenanceRule>>();
        foreach (var row in CsvFileReader.Read(file, Header, new Map(), warnings, cancellationToken))
        {
            if (!FieldCount.Matches(row, Header.Count, warnings))
                continue;

            var record = row.Read<Row>();
            var path = (record.File ?? "").Trim();
            var pattern = path.Replace('\\', '/');
            if (pattern.Length == 0 || pattern.StartsWith('/') || pattern.Split('/').Contains(".."))
                throw file.Error(row.Line, $"file '{Shown.Text(path)}' must be a path inside the data folder, like daily/BTC.csv or 4h/*.csv");

            // Whether data is synthetic decides what the report may claim, so an unclear value is not guessed.
            var synthetic = (record.Synthetic ?? "").Trim();
            if (!bool.TryParse(synthetic, out var isSynthetic))
                throw file.Error(row.Line, $"synthetic must be true or false but found '{Shown.Text(synthetic)}'");

            var provider = (record.Provider ?? "").Trim();
            rules.Add(new(row.Line, new ProvenanceRule(pattern, provider.Length == 0 ? null : provider, isSynthetic)));
        }

        return Task.FromResult(new ParsedFile<LineItem<ProvenanceRule>>(file, rules, warnings.Final()));
    }

    internal sealed class Row
    {
        public string? File { get; set; }

        public string? Provider { get; set; }

        public string? Synthetic { get; set; }
    }

    internal sealed class Map : RowMap<Row>
    {
        public Map()
        {
            Text(r => r.File, 0);
            Text(r => r.Provider, 1);
            Text(r => r.Synthetic, 2);
        }
    }
}
