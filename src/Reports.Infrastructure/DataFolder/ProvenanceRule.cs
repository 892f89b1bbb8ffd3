using System.IO.Enumeration;

namespace Reports.Infrastructure.DataFolder;

/// <summary>A line of provenance.csv: who published the files matching <see cref="File"/>, and whether they are synthetic.</summary>
/// <param name="File">A path inside the data folder, or a pattern with * and ? (e.g. "4h/*.csv").</param>
/// <param name="Provider">Free text, e.g. "Binance public data (data.binance.vision)"; null when not known.</param>
public sealed record ProvenanceRule(string File, string? Provider, bool Synthetic)
{
    /// <summary>Case-insensitive, like the folder names themselves; '*' may also cross a '/', which no layout needs.</summary>
    public bool Matches(string relativePath) =>
        FileSystemName.MatchesSimpleExpression(File, relativePath, ignoreCase: true);
}
