using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>
/// The reader splits plain lines itself and hands the rest of a file to CsvHelper at the first line that is not plain
/// (<see cref="PlainLineReader"/>). Whatever the mix, a file must read as CsvHelper alone reads it: the same records,
/// fields and line numbers, the same warnings.
/// </summary>
public sealed class CsvFileReaderTests : IDisposable
{
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Pieces that make plain lines, blank lines, CRLF and lone CR line ends, good and bad quoting.</summary>
    private static readonly string[] Pieces =
        ["a", "12.5", "", " ", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "\"q\"", "\"x,\ny\"", "\"\"", "x\"y", "\t", "é"];

    [Fact]
    public void Any_mix_of_plain_and_quoted_lines_reads_as_CsvHelper_reads_it()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 3000; i++)
        {
            // Mostly plain files, some with a quote or a lone carriage return somewhere: both paths and the hand-over.
            var plainOnly = i % 3 == 0;
            var pieces = Pieces.Where(p => !plainOnly || !p.Contains('"') && p != "\r").ToArray();
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.Equal(CsvHelperAlone(text), Read(text));
        }
    }

    [Fact]
    public void Lines_after_a_quoted_field_that_spans_lines_keep_their_numbers()
    {
        var rows = Read("a,b\nc,\"d\ne\"\n\nf,g\r\nh,i");

        Assert.Equal(["1: a|b", "2: c|d\ne", "4: blank line skipped", "5: f|g", "6: h|i"], rows);
    }

    [Fact]
    public void A_header_is_checked_on_either_path()
    {
        foreach (var header in new[] { "date,value\n", "\"date\",value\n" })
        {
            folder.Write("x.csv", header + "2026-01-01,1\n");
            var file = new DataFile(Path.Combine(folder.Path, "x.csv"), "x.csv");

            var rows = CsvFileReader.Read(file, ["date", "value"], [], CancellationToken.None).Select(r => $"{r.Line}: {string.Join('|', r.Fields)}").ToList();

            Assert.Equal(["2: 2026-01-01|1"], rows);
        }
    }

    [Fact]
    public void A_line_over_the_limit_fails_the_load_on_the_plain_path()
    {
        folder.Write("x.csv", "a,b\n" + new string('1', 200) + "\n");
        var file = new DataFile(Path.Combine(folder.Path, "x.csv"), "x.csv", new DataFolderLimits(MaxLineChars: 100));

        var error = Assert.Throws<MarketDataException>(() => CsvFileReader.Read(file, null, [], CancellationToken.None).ToList());

        Assert.Equal("x.csv:2: a line longer than 100 characters; data files have short lines (is it a CSV file?)", error.Message);
    }

    /// <summary>What <see cref="CsvFileReader"/> yields and warns, one string per record in file order.</summary>
    private List<string> Read(string text)
    {
        folder.Write("x.csv", text);
        var file = new DataFile(Path.Combine(folder.Path, "x.csv"), "x.csv");
        var read = new List<string>();
        var warnings = new InOrder(read);
        foreach (var row in CsvFileReader.Read(file, null, warnings, CancellationToken.None))
            read.Add($"{row.Line}: {string.Join('|', row.Fields)}");
        return read;
    }

    /// <summary>Warnings written into the same list as the rows, as they come.</summary>
    private sealed class InOrder(List<string> read) : System.Collections.ObjectModel.Collection<DataWarning>
    {
        protected override void InsertItem(int index, DataWarning item) => read.Add($"{item.Line}: {item.Message.Split(';')[0]}");
    }

    /// <summary>The same for CsvHelper reading the whole text with the reader's settings.</summary>
    private static List<string> CsvHelperAlone(string text)
    {
        var bad = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180, IgnoreBlankLines = false, BadDataFound = _ => bad = true };
        using var parser = new CsvParser(new StringReader(text), config);
        var result = new List<string>();
        var previousEnd = 0;
        while (parser.Read())
        {
            var line = previousEnd + 1;
            previousEnd = parser.RawRow;
            var fields = Enumerable.Range(0, parser.Count).Select(i => parser[i]).ToList();
            result.Add(bad ? $"{line}: malformed quoting (a quote inside an unquoted field or an unclosed quote)"
                : fields.All(string.IsNullOrWhiteSpace) ? $"{line}: blank line skipped"
                : $"{line}: {string.Join('|', fields)}");
            bad = false;
        }

        return result;
    }
}
