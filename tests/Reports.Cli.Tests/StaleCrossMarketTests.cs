namespace Reports.Cli.Tests;

/// <summary>Issue 10 #1: a cross market whose source stopped delivering a month ago must not crash the report.</summary>
public class StaleCrossMarketTests
{
    [Fact]
    public async Task A_cross_market_that_stopped_before_the_window_is_named_in_the_gaps_not_a_crash()
    {
        using var tmp = new TempFolder();
        var data = SampleCopy(tmp);
        var gold = Path.Combine(data, "cross", "GOLD.csv");
        var lines = File.ReadAllLines(gold);
        File.WriteAllLines(gold, lines.Take(1).Concat(lines.Skip(1).Where(l => string.CompareOrdinal(l[..10], "2026-05-31") <= 0)));

        var run = await CliRun.RunAsync("report", "--data", data, "--date", "2026-08-20", "--out", tmp.File("r.json"));

        Assert.True(run.ExitCode == 0, run.Output);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(tmp.File("r.json")));
        var goldRow = json.RootElement.GetProperty("crossMarkets").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "GOLD");
        Assert.Equal("2026-05-29", goldRow.GetProperty("lastDate").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, goldRow.GetProperty("weekChangePct").ValueKind);
        Assert.Contains(json.RootElement.GetProperty("gaps").EnumerateArray(), g => g.GetString()!.Contains("GOLD close is from 2026-05-29"));
    }

    internal static string SampleCopy(TempFolder tmp)
    {
        var target = Path.Combine(tmp.Path, "data");
        foreach (var file in Directory.EnumerateFiles(RepositoryFolder.Combine("samples"), "*.csv", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryFolder.Combine("samples"), file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }
}
