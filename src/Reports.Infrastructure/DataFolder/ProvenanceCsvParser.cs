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
        foreach (var row in CsvFileReader.Read(file, Header, warnings, cancellationToken))
        {
            if (!FieldCount.Matches(file, row, Header.Count, warnings))
                continue;

            var pattern = row[0].Trim().Replace('\\', '/');
            if (pattern.Length == 0 || pattern.StartsWith('/') || pattern.Split('/').Contains(".."))
                throw file.Error(row.Line, $"file '{Shown.Text(row[0].Trim())}' must be a path inside the data folder, like daily/BTC.csv or 4h/*.csv");

            // Whether data is synthetic decides what the report may claim, so an unclear value is not guessed.
            var synthetic = row[2].Trim();
            if (!bool.TryParse(synthetic, out var isSynthetic))
                throw file.Error(row.Line, $"synthetic must be true or false but found '{Shown.Text(synthetic)}'");

            var provider = row[1].Trim();
            rules.Add(new(row.Line, new ProvenanceRule(pattern, provider.Length == 0 ? null : provider, isSynthetic)));
        }

        return Task.FromResult(new ParsedFile<LineItem<ProvenanceRule>>(file, rules, warnings.Final()));
    }
}
