using System.Diagnostics;
using System.Text;

namespace Reports.Cli.Tests;

/// <summary>
/// Issue 10 #2: hostile data files, each run through the real CLI in a child process whose peak memory is read from
/// the process itself. Big files are generated in a temp folder at test time. No time limit is asserted (CI is busy):
/// only the outcome and the memory.
/// </summary>
[Collection(HostileFilesCollection.Name)]
public class HostileFilesTests
{
    private const long MaxPeakBytes = 300L * 1024 * 1024;
    private const string YahooHeader = "Date,Open,High,Low,Close,Adj Close,Volume";

    public static TheoryData<string> Cases() => ["junk-200mb", "junk-rows-60mb", "ten-million-columns", "binary", "utf16-no-bom", "symlink-loop"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_file_is_refused_or_skipped_with_one_line_and_flat_memory(string kind)
    {
        using var tmp = new TempFolder();
        var data = StaleCrossMarketTests.SampleCopy(tmp);
        var junk = Path.Combine(data, "daily", "JUNK.csv");
        var expected = Write(kind, junk);

        var (exitCode, output, peak) = await RunCliAsync("report", "--data", data, "--date", "2026-08-20", "--out", tmp.File("r.json"));

        Assert.True(peak < MaxPeakBytes, $"{kind}: peak working set {peak / (1024 * 1024)} MB");
        // A reading was taken at all (any .NET process is well over 10 MB), so the bound above means something.
        Assert.True(peak > 10L * 1024 * 1024, $"{kind}: no memory reading ({peak} bytes)");
        Assert.DoesNotContain("   at ", output);
        if (expected.ExitCode == 0)
        {
            Assert.True(exitCode == 0, output);
            var json = File.ReadAllText(tmp.File("r.json"));
            Assert.Contains(expected.Text, json);
            Assert.True(json.Length < 2_000_000, $"{kind}: the JSON is {json.Length:N0} characters");
        }
        else
        {
            Assert.Equal(expected.ExitCode, exitCode);
            var errors = output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error:")).ToList();
            Assert.Single(errors);
            Assert.Contains(expected.Text, output.ReplaceLineEndings(""));
            Assert.True(output.Length < 2_000, output[..Math.Min(output.Length, 2_000)]);
            Assert.False(File.Exists(tmp.File("r.json")));
        }
    }

    /// <returns>The exit code the CLI must give and a text its output (or, for exit 0, the JSON) must hold.</returns>
    private static (int ExitCode, string Text) Write(string kind, string path)
    {
        switch (kind)
        {
            case "junk-200mb":
                WriteRepeated(path, YahooHeader + "\n", "x,y\n", 200L * 1024 * 1024);
                return (3, "daily/JUNK.csv: the file is 209,715,2");
            case "junk-rows-60mb":
                // Under the size limit: streamed, every row skipped, the warnings capped and counted.
                WriteRepeated(path, YahooHeader + "\n", "x,y\n", 60L * 1024 * 1024);
                return (0, "more warnings (rows skipped or repaired) not listed");
            case "ten-million-columns":
                WriteRepeated(path, "", "x,", 20_000_000);
                return (3, "daily/JUNK.csv:1: a line longer than 65,536 characters");
            case "binary":
                var bytes = new byte[5 * 1024 * 1024];
                new Random(7).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                return (3, "daily/JUNK.csv:");
            case "utf16-no-bom":
                File.WriteAllBytes(path, Encoding.Unicode.GetBytes($"{YahooHeader}\n2026-08-20,1,2,1,2,2,5\n"));
                return (3, "daily/JUNK.csv:1: expected header Date,Open,High,Low,Close,Adj Close,Volume but found D?a?t?e?");
            case "symlink-loop":
                File.CreateSymbolicLink(path, path);
                return (3, "daily/JUNK.csv: cannot read the file:");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static void WriteRepeated(string path, string first, string line, long bytes)
    {
        using var stream = new BufferedStream(File.Create(path), 1 << 20);
        stream.Write(Encoding.UTF8.GetBytes(first));
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 64 * 1024 / line.Length)));
        for (long written = 0; written < bytes; written += block.Length)
            stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
    }

    /// <summary>Runs the built CLI as a child process, reading its peak working set until it exits.</summary>
    private static async Task<(int ExitCode, string Output, long PeakBytes)> RunCliAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Reports.Cli.dll"));
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        psi.Environment["DOTNET_gcServer"] = "0";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        // The peak is a high-water mark: any reading before exit sees everything up to then.
        while (!process.WaitForExit(25))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the two calls
            }
        }
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr, peak);
    }
}

/// <summary>
/// The hostile-files runs write hundreds of MB and start child processes: they run alone, after the other tests,
/// so their load cannot push another test's loopback calls past its timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileFilesCollection
{
    public const string Name = "Hostile files";
}
