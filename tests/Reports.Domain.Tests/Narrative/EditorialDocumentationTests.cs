using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Tests.Narrative;

/// <summary>docs/editorial.md lists exactly the rules declared in code, each with the condition the code states.</summary>
public sealed partial class EditorialDocumentationTests
{
    [Fact]
    public void The_rulebook_page_lists_every_rule_in_code_and_no_other()
    {
        var rows = Row().Matches(File.ReadAllText(DocPath())).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["condition"].Value.Trim());

        Assert.Empty(EditorialRule.All.Select(r => r.Id).Except(rows.Keys).Order()); // add a row to docs/editorial.md
        Assert.Empty(rows.Keys.Except(EditorialRule.All.Select(r => r.Id)).Order()); // the page names a rule the code does not have
        Assert.All(EditorialRule.All, r => Assert.Equal(r.Condition, rows[r.Id]));
    }

    [Fact]
    public void Rule_ids_are_unique_and_every_rule_says_what_it_reads()
    {
        Assert.Equal(EditorialRule.All.Count, EditorialRule.All.Select(r => r.Id).Distinct().Count());
        Assert.All(EditorialRule.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Reads) || string.IsNullOrWhiteSpace(r.Condition) || string.IsNullOrWhiteSpace(r.Verdict), r.Id));
    }

    /// <summary>Writes the table rows for docs/editorial.md when UPDATE_DOCS=1 (review the diff, then commit).</summary>
    [Fact]
    public void Table_rows_can_be_regenerated()
    {
        var rows = string.Join("\n", EditorialRule.All.Select(r => $"| `{r.Id}` | {r.Verdict} | {r.Reads} | {r.Condition} |"));
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1") File.WriteAllText(Path.Combine(Path.GetTempPath(), "editorial-rows.md"), rows + "\n");
        Assert.NotEmpty(rows);
    }

    private static string DocPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "editorial.md"));

    // | `id` | verdict | reads | condition |
    [GeneratedRegex(@"^\| `(?<id>[a-z0-9.\-]+)` \| [^|]* \| [^|]* \| (?<condition>[^|]*) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
