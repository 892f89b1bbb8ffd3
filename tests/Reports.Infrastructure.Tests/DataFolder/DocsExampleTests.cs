using System.Text.RegularExpressions;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>The examples in docs/data-format.md, copied into a folder, must load cleanly: the page cannot drift from the reader.</summary>
public sealed partial class DocsExampleTests : IDisposable
{
    private static readonly Dictionary<string, string> FileForHeading = new()
    {
        ["global.csv"] = "global.csv",
        ["daily/&lt;ASSET&gt;.csv"] = "daily/BTC.csv",
        ["4h/&lt;ASSET&gt;.csv"] = "4h/BTC.csv",
        ["derivatives/&lt;ASSET&gt;.csv"] = "derivatives/BTC.csv",
        ["cross/&lt;NAME&gt;.csv"] = "cross/GOLD.csv",
        ["events.csv"] = "events.csv",
        ["provenance.csv"] = "provenance.csv",
    };

    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_example_in_the_format_page_loads_without_warnings()
    {
        var page = await File.ReadAllTextAsync(FindDoc("docs/data-format.md"));
        var examples = Section().Matches(page).ToDictionary(m => m.Groups["heading"].Value.Trim(), m => m.Groups["example"].Value);
        Assert.Equal(FileForHeading.Keys.Order(), examples.Keys.Where(FileForHeading.ContainsKey).Order());
        foreach (var (heading, file) in FileForHeading)
        {
            var lines = examples[heading].TrimEnd('\n').Split('\n');
            Assert.True(lines.Length == 3, $"{heading}: a 3-line example");
            folder.Write(file, examples[heading]);
        }

        var data = await folder.LoadAsync();

        Assert.Empty(data.Warnings);
        Assert.Equal(2, data.Global.Count);
        Assert.Equal((2, 3, 2), (data.Asset("BTC")!.Daily.Count, data.Asset("BTC")!.FourHour.Count, data.Asset("BTC")!.Derivatives.Count));
        Assert.Equal(2, data.CrossMarkets[0].Daily.Count);
        Assert.Equal(2, data.Events.Count);
        Assert.Equal("Binance public data (data.binance.vision)", Assert.Single(data.Sources, s => s.Origin == "4h/BTC.csv").Provenance);
    }

    /// <summary>A "## heading" and the first fenced block after it.</summary>
    [GeneratedRegex(@"^## (?<heading>[^\n]+)\n(?:(?!^## )[\s\S])*?^```\n(?<example>[\s\S]*?)^```", RegexOptions.Multiline)]
    private static partial Regex Section();

    private static string FindDoc(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
