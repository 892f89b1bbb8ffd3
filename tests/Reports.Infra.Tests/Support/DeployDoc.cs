using System.Text.RegularExpressions;

namespace Reports.Infra.Tests.Support;

/// <summary>Reads docs/deploy.md: the names in the first column of the table under "## App settings".</summary>
internal static partial class DeployDoc
{
    public static IReadOnlyList<string> AppSettingNames()
    {
        var text = File.ReadAllText(RepositoryFolder.Combine("docs", "deploy.md"));
        var start = text.IndexOf("\n## App settings", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("docs/deploy.md has no '## App settings' section.");
        }

        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        return SettingRow().Matches(section).Select(m => m.Groups["name"].Value).ToList();
    }

    [GeneratedRegex(@"^\| `(?<name>[^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex SettingRow();
}
