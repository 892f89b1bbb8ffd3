using System.Runtime.CompilerServices;
using System.Text;

namespace Reports.Rendering.Tests.Json;

/// <summary>
/// Any change to the JSON contract (a field renamed, reordered, re-typed, re-rounded) changes this file.
/// If the change is intended: <c>UPDATE_GOLDEN=1 dotnet test tests/Reports.Rendering.Tests</c>, review the diff,
/// update docs/report-json.md (and schemaVersion if a reader could break), commit.
/// </summary>
public sealed class GoldenFileTests
{
    [Fact]
    public void Selloff_report_matches_the_golden_file()
    {
        var path = GoldenPath();
        var actual = RenderedJson.Text(ReportFixture.Selloff());

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n"); // survives a CRLF checkout
        if (expected != actual)
        {
            Assert.Fail($"JSON output differs from {path} {FirstDifference(expected, actual)}\n" +
                        "If the contract change is intended, rerun with UPDATE_GOLDEN=1 and update docs/report-json.md.");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return $"at line {i + 1}:\n  golden: {left}\n  actual: {right}";
            }
        }

        return "(no line differs)";
    }

    // The source folder, not bin/: the update mode must write the file that is committed.
    private static string GoldenPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "TestData", "report.golden.json");
}
