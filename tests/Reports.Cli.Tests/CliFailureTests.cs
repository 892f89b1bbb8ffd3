namespace Reports.Cli.Tests;

/// <summary>Issue 10 #3 and #6: every I/O failure is exit 2 (--out) or 3 (data) with one line naming the path; outputs all or nothing.</summary>
public class CliFailureTests
{
    [Theory]
    [InlineData("0001-01-01", "--date 0001-01-01 is before any crypto market data (2009-01-03).")]
    [InlineData("2009-01-02", "--date 2009-01-02 is before any crypto market data (2009-01-03).")]
    [InlineData("9999-12-31", "--date: 9999-12-31 has not ended yet; the last complete UTC day is 2026-08-20.")]
    [InlineData("2026-08-21", "--date: 2026-08-21 has not ended yet; the last complete UTC day is 2026-08-20.")]
    public async Task Dates_outside_the_report_range_exit_2_with_the_rule(string date, string reason)
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 8, 21, 6, 0, 0, TimeSpan.Zero));
        var run = await CliRun.RunAsync(clock, "report", "--date", date, "--out", Path.Combine(Path.GetTempPath(), "never.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, Flat(run.Output));
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public async Task The_same_output_twice_is_refused_before_anything_is_written()
    {
        using var tmp = new TempFolder();
        var run = await CliRun.RunAsync("report", "--out", tmp.File("r.json"), "--out", tmp.File("./r.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--out {tmp.File("./r.json")}: given twice", Flat(run.Output));
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Fact]
    public async Task An_output_onto_a_folder_or_under_a_file_exits_2_naming_it()
    {
        using var tmp = new TempFolder();
        Directory.CreateDirectory(tmp.File("taken.pdf"));
        tmp.File("plain", "x");

        var folder = await CliRun.RunAsync("report", "--out", tmp.File("taken.pdf"));
        var underFile = await CliRun.RunAsync("report", "--out", tmp.File("plain/r.pdf"));

        Assert.Equal(2, folder.ExitCode);
        Assert.Contains($"--out {tmp.File("taken.pdf")}: is a folder", Flat(folder.Output));
        Assert.Equal(2, underFile.ExitCode);
        Assert.Contains($"{tmp.File("plain")} is a file, not a folder", Flat(underFile.Output));
    }

    [Fact]
    public async Task When_one_output_cannot_be_written_none_is()
    {
        using var tmp = new TempFolder();
        var ok = tmp.File("ok.json");

        var run = await CliRun.RunAsync("report", "--out", ok, "--out", "/proc/flow-report.pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out /proc/flow-report.pdf: cannot write", Flat(run.Output));
        // The message names the file asked for, not the temporary sibling it is written through.
        Assert.DoesNotContain(".tmp", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Fact]
    public async Task An_unreadable_data_file_exits_3_naming_it()
    {
        using var tmp = new TempFolder();
        var data = StaleCrossMarketTests.SampleCopy(tmp);
        var btc = Path.Combine(data, "daily", "BTC.csv");
        File.Delete(btc);
        File.CreateSymbolicLink(btc, btc);

        var run = await CliRun.RunAsync("report", "--data", data, "--out", tmp.File("r.json"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("daily/BTC.csv: cannot read the file", Flat(run.Output));
        Assert.False(File.Exists(tmp.File("r.json")));
    }

    private static string Flat(string output) => output.ReplaceLineEndings("");
}
