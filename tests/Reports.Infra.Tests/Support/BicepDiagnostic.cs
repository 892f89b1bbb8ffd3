using System.Text.RegularExpressions;

namespace Reports.Infra.Tests.Support;

/// <summary>One diagnostic line of the Bicep CLI: <c>file(line,col) : Warning code: message</c>.</summary>
internal sealed partial record BicepDiagnostic(string File, int Line, string Level, string Code, string Message)
{
    public bool IsWarningOrError => Level is "Warning" or "Error";

    public static IReadOnlyList<BicepDiagnostic> Parse(string output) =>
        DiagnosticLine().Matches(output)
            .Select(m => new BicepDiagnostic(
                m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["level"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value.Trim()))
            .ToList();

    public override string ToString() => $"{System.IO.Path.GetFileName(File)}({Line}) {Level} {Code}: {Message}";

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),\d+\) : (?<level>Error|Warning|Info) (?<code>[A-Za-z0-9-]+): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
