using Microsoft.Extensions.Time.Testing;

namespace Reports.Cli.Tests;

/// <summary><c>report --from --to</c>: one process for many days, each day's files the same bytes as <c>report --date</c>.</summary>
public class ReportBatchTests
{
    [Fact]
    public async Task Every_day_of_a_batch_is_byte_identical_to_the_one_day_command()
    {
        using var tmp = new TempFolder();
        // Across a month end and the days whose calendar reaches the FOMC decision of 29 October (samples/events.csv).
        var batch = await CliRun.RunAsync("report", "--from", "2025-10-17", "--to", "2025-11-02", "--out-dir", tmp.File("batch"), "--formats", "pdf,html,json");

        Assert.True(batch.ExitCode == 0, batch.Output);
        Assert.Contains("wrote 17 reports (51 files: pdf, html, json)", batch.Output);
        Assert.Equal(51, Directory.GetFiles(tmp.File("batch")).Length);
        foreach (var day in new[] { "2025-10-17", "2025-10-20", "2025-10-31", "2025-11-01", "2025-11-02" })
            await AssertSameAsOneDayAsync(tmp, day, data: null);
    }

    [Fact]
    public async Task A_folder_with_a_skipped_row_in_the_range_still_gives_each_days_own_bytes()
    {
        // A bad close on 4 February: days before it load without its warning, days after with it (and a hole).
        using var tmp = new TempFolder();
        CopySamples(tmp.File("data"));
        var btc = tmp.File("data/daily/BTC.csv");
        File.WriteAllLines(btc, File.ReadAllLines(btc).Select(l => l.StartsWith("2026-02-04,", StringComparison.Ordinal) ? "2026-02-04,75640.09,76864.65,71779.92,abc,abc,67215363944" : l));

        var batch = await CliRun.RunAsync("report", "--data", tmp.File("data"), "--from", "2026-02-02", "--to", "2026-02-06", "--out-dir", tmp.File("batch"), "--formats", "json,pdf");

        Assert.True(batch.ExitCode == 0, batch.Output);
        foreach (var day in new[] { "2026-02-02", "2026-02-03", "2026-02-04", "2026-02-06" })
            await AssertSameAsOneDayAsync(tmp, day, tmp.File("data"), formats: ["json", "pdf"]);
        Assert.DoesNotContain("Close 'abc' is not a number", File.ReadAllText(tmp.File("batch/flow-report-2026-02-03.json")));
        Assert.Contains("daily/BTC.csv:401: Close 'abc' is not a number", File.ReadAllText(tmp.File("batch/flow-report-2026-02-06.json")));
    }

    [Fact]
    public async Task The_default_is_one_pdf_a_day_in_out()
    {
        using var tmp = new TempFolder();
        var cwd = Directory.GetCurrentDirectory();
        var batch = await CliRun.RunAsync("report", "--from", "2026-08-19", "--to", "2026-08-20", "--out-dir", tmp.File("out"));

        Assert.True(batch.ExitCode == 0, batch.Output);
        Assert.Equal(["flow-report-2026-08-19.pdf", "flow-report-2026-08-20.pdf"], Directory.GetFiles(tmp.File("out")).Select(Path.GetFileName).Order());
        Assert.Equal(cwd, Directory.GetCurrentDirectory());
    }

    [Theory]
    [InlineData("--from 2026-08-01", "--from and --to go together")]
    [InlineData("--to 2026-08-01", "--from and --to go together")]
    [InlineData("--from 2026-08-02 --to 2026-08-01", "--from (2026-08-02) is after --to (2026-08-01)")]
    [InlineData("--from 2026-02-30 --to 2026-08-01", "--from must be a real calendar day")]
    [InlineData("--from 2008-12-31 --to 2026-08-01", "--from 2008-12-31 is before any crypto market data")]
    [InlineData("--from 2026-08-01 --to 2026-12-02", "--to: 2026-12-02 has not ended yet")]
    [InlineData("--from 2016-08-01 --to 2026-08-20", "The range has 3672 days; at most 3660 can be rendered in one batch")]
    [InlineData("--from 2026-08-01 --to 2026-08-02 --formats pdf,docx", "--formats must list pdf, html and/or json")]
    [InlineData("--from 2026-08-01 --to 2026-08-02 --date 2026-08-01", "--date and --out are for one day")]
    [InlineData("--from 2026-08-01 --to 2026-08-02 --out r.pdf", "--date and --out are for one day")]
    [InlineData("--out-dir x", "--out-dir and --formats belong to a batch")]
    [InlineData("--formats json", "--out-dir and --formats belong to a batch")]
    public async Task Bad_batch_arguments_exit_with_2_and_one_line(string arguments, string reason)
    {
        using var tmp = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));
        var run = await CliRun.RunAsync(clock, ["report", .. arguments.Split(' '), "--data", Path.Combine(tmp.Path, "none")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Output);
        Assert.Single(run.Output.Trim().Split('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Fact]
    public async Task An_out_dir_that_is_a_file_exits_with_2_before_anything_is_read()
    {
        using var tmp = new TempFolder();
        var file = tmp.File("taken", "not a folder");

        var run = await CliRun.RunAsync("report", "--from", "2026-08-19", "--to", "2026-08-20", "--out-dir", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file} is a file, not a folder", run.Output);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_range_past_the_data_exits_with_3_and_writes_nothing()
    {
        using var tmp = new TempFolder();

        var run = await CliRun.RunAsync("report", "--from", "2026-08-19", "--to", "2026-08-22", "--out-dir", tmp.File("out"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("--to 2026-08-22: the data in", run.Output);
        Assert.Contains("ends on 2026-08-20", run.Output);
        Assert.False(Directory.Exists(tmp.File("out")));
    }

    private static async Task AssertSameAsOneDayAsync(TempFolder tmp, string day, string? data, string[]? formats = null)
    {
        formats ??= ["pdf", "html", "json"];
        string[] source = data is null ? [] : ["--data", data];
        var one = await CliRun.RunAsync(["report", .. source, "--date", day, .. formats.SelectMany(f => new[] { "--out", tmp.File($"one/{day}.{f}") })]);
        Assert.True(one.ExitCode == 0, one.Output);
        foreach (var format in formats)
            Assert.True(File.ReadAllBytes(tmp.File($"one/{day}.{format}")).AsSpan().SequenceEqual(File.ReadAllBytes(tmp.File($"batch/flow-report-{day}.{format}"))), $"{day}.{format} differs");
    }

    private static void CopySamples(string to)
    {
        var from = SampleData.DefaultFolder();
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith('.')) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
