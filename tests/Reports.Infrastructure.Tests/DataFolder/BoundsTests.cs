using System.Text;
using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>Issue 10 #2: a malformed or oversized file costs a bounded number of warnings, characters and bytes.</summary>
public sealed class BoundsTests : IDisposable
{
    private const string YahooHeader = "Date,Open,High,Low,Close,Adj Close,Volume";
    private const string GoodRow = "2026-02-04,1,2,1,2,2,5";
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Warnings_beyond_the_cap_are_counted_in_one_closing_line()
    {
        var junk = string.Concat(Enumerable.Repeat("x,y\n", 10_000));
        folder.Write("daily/JUNK.csv", $"{YahooHeader}\n{GoodRow}\n{junk}");

        var data = await folder.LoadAsync();

        var warnings = data.Warnings.Where(w => w.Source == "daily/JUNK.csv").ToList();
        Assert.Equal(DataFolderLimits.Default.MaxWarningsPerFile + 1, warnings.Count);
        Assert.Equal("expected 7 fields but found 2; row skipped", warnings[0].Message);
        Assert.Equal(3, warnings[0].Line);
        Assert.Equal($"and {10_000 - DataFolderLimits.Default.MaxWarningsPerFile:N0} more warnings (rows skipped or repaired) not listed", warnings[^1].Message);
        Assert.Single(data.Assets.Single().Daily);
    }

    [Fact]
    public async Task A_line_over_the_limit_fails_the_load_naming_file_and_line()
    {
        folder.Write("4h/BTC.csv", "1,2,3\n" + string.Join(",", Enumerable.Repeat("x", 100_000)) + "\n");

        var message = await folder.LoadFailureAsync();

        Assert.Equal($"4h/BTC.csv:2: a line longer than {DataFolderLimits.Default.MaxLineChars:N0} characters; data files have short lines (is it a CSV file?)", message);
    }

    [Fact]
    public async Task A_wrong_header_of_millions_of_columns_is_quoted_short()
    {
        folder.Write("daily/BTC.csv", string.Join(",", Enumerable.Repeat("c", 20_000)) + "\n" + GoodRow + "\n");

        var message = await folder.LoadFailureAsync();

        Assert.StartsWith("daily/BTC.csv:1: expected header Date,Open,High,Low,Close,Adj Close,Volume but found c,c,c,", message);
        Assert.EndsWith("… (39,999 characters)", message);
        Assert.True(message.Length < 250, message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_fails_before_it_is_read()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n{GoodRow}\n");
        var size = new FileInfo(Path.Combine(folder.Path, "daily/BTC.csv")).Length;

        var error = await Assert.ThrowsAsync<MarketDataException>(() =>
            new DataFolderStore(folder.Path, limits: new DataFolderLimits(MaxFileBytes: size - 1)).LoadAsync(null, CancellationToken.None));

        Assert.Equal($"daily/BTC.csv: the file is {size} bytes, over the {size - 1}-byte limit for a data file; is it the right file?", error.Message);
    }

    [Fact]
    public async Task Values_quoted_in_warnings_are_short_and_printable()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-04,{new string('9', 500)}\u0001,2,1,2,2,5\n{GoodRow.Replace("04", "05")}\n");

        var data = await folder.LoadAsync();

        var warning = data.Warnings.Single(w => w.Line == 2);
        Assert.StartsWith($"Open '{new string('9', 60)}… (501 characters)' is not a number", warning.Message);
    }

    [Fact]
    public async Task An_unreadable_entry_fails_with_one_line_naming_it()
    {
        var loop = Path.Combine(folder.Path, "daily", "BTC.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(loop)!);
        File.CreateSymbolicLink(loop, loop);

        var message = await folder.LoadFailureAsync();

        Assert.StartsWith("daily/BTC.csv: cannot read the file: ", message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public async Task A_utf16_file_with_a_byte_order_mark_reads_like_utf8()
    {
        folder.WriteBytes("daily/BTC.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"{YahooHeader}\n{GoodRow}\n")]);

        var data = await folder.LoadAsync();

        Assert.Equal(2m, data.Assets.Single().Daily.Single().Close);
    }
}
