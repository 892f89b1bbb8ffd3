using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reports.Rendering.Tests.Json;

/// <summary>docs/report-json.md lists exactly the fields the renderer writes: no undocumented field, no stale row.</summary>
public sealed partial class ContractDocumentationTests
{
    [Fact]
    public void Every_written_field_is_documented_and_every_documented_field_is_written()
    {
        var written = Paths(RenderedJson.Root(ReportFixture.Selloff()), "").ToHashSet();
        var documented = FieldRow().Matches(FieldsChapter()).Select(m => m.Groups["path"].Value).ToHashSet();

        Assert.Empty(written.Except(documented).Order()); // add a row to docs/report-json.md
        Assert.Empty(documented.Except(written).Order()); // the doc names a field the JSON does not have
        Assert.True(written.Count > 120, $"only {written.Count} paths: the fixture should fill every list");
    }

    /// <summary>Every property as a path, lists written as <c>name[]</c>: <c>assets[].supportLevels[].price</c>.</summary>
    private static IEnumerable<string> Paths(JsonElement element, string prefix) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            Paths(p.Value, Join(prefix, p.Name)).Prepend(Join(prefix, p.Name))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Paths(e, prefix + "[]")),
        _ => [],
    };

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";

    /// <summary>The "## Fields" chapter: the tables there are the contract; other chapters quote paths as examples.</summary>
    private static string FieldsChapter()
    {
        var doc = File.ReadAllText(DocPath());
        var start = doc.IndexOf("\n## Fields", StringComparison.Ordinal);
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/report-json.md needs a '## Fields' chapter followed by another chapter");
        return doc[start..end];
    }

    private static string DocPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "report-json.md"));

    [GeneratedRegex(@"^\| `(?<path>[a-zA-Z0-9\[\].]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FieldRow();
}
