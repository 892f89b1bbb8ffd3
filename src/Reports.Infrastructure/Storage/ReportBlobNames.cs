using System.Text.RegularExpressions;

namespace Reports.Infrastructure.Storage;

/// <summary>Blob names in the reports container: <c>yyyy/MM/dd/flow-report.&lt;format&gt;</c>.</summary>
public static partial class ReportBlobNames
{
    public const string FileStem = "flow-report";

    /// <exception cref="ArgumentException">The format is not 1-10 lower-case letters or digits.</exception>
    public static string Report(DateOnly day, string format) =>
        FormatPattern().IsMatch(format)
            ? $"{SnapshotBlobNames.DatePath(day)}/{FileStem}.{format}"
            : throw new ArgumentException($"'{format}' is not a usable report format name.", nameof(format));

    [GeneratedRegex("^[a-z0-9]{1,10}$")]
    private static partial Regex FormatPattern();
}
