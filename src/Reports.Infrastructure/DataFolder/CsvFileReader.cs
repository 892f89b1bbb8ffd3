using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Streams the records of one CSV file, numbering them by the line they start on: plain lines split at their commas,
/// then CsvHelper from the first other line (<see cref="PlainLineReader"/>). Checks the header, and turns blank lines
/// and broken quoting into warnings so the parsers only see rows worth reading.
/// </summary>
internal static class CsvFileReader
{
    // Characters CsvHelper scans per refill, and bytes the StreamReader reads from disk at a time. The FileStream
    // keeps no buffer of its own (the reader's is enough): its 64 KB per file were an eighth of a load's garbage.
    // 4 K rather than 16 K: a load opens a dozen files, and their buffers (about 1 MB at 16 K) were young garbage
    // that brought collections on while the parsed rows were alive (same median load, fewer slow ones: bench/README.md).
    private const int CharBufferSize = 4 * 1024;
    private const int NoFileBuffer = 0;

    /// <param name="expectedHeader">Column names the first line must hold, or null for header-less files (Binance klines).</param>
    /// <param name="outsideLoad">
    /// Given a record's first field, true when the row lies outside the load (a day past the report day, per-coin caps
    /// older than the report reads): the row is skipped before its other fields are read, unchecked and without a
    /// warning. Most of a long file's cost is its fields turned into strings.
    /// </param>
    /// <remarks>
    /// The file is streamed (memory stays flat whatever its size) and bounded by <see cref="DataFile.Limits"/>: a file
    /// over the size limit or a line over the length limit fails the load. Plain lines are split at their commas here
    /// and CsvHelper reads the file from its first other line on (<see cref="PlainLineReader"/>); every record is then
    /// checked the same way. Every row yielded is the same <see cref="CsvRow"/> instance, refilled.
    /// </remarks>
    public static IEnumerable<CsvRow> Read(
        DataFile file, IReadOnlyList<string>? expectedHeader, ICollection<DataWarning> warnings, CancellationToken cancellationToken, Func<ReadOnlySpan<char>, bool>? outsideLoad = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var lines = new PlainLineReader(new LineLimitReader(Open(file), file));
        var row = new CsvRow();
        var records = new RecordCheck(file, expectedHeader, warnings);
        while (lines.TryReadPlainLine(out var text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (records.Outside(text.IndexOf(',') is var comma and >= 0 ? text[..comma] : text, outsideLoad))
                continue;
            row.Load(text, lines.Lines);
            if (records.Accept(row, badQuoting: false))
                yield return row;
        }

        var badQuoting = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            // We report blank lines ourselves, with their line numbers.
            IgnoreBlankLines = false,
            BadDataFound = _ => badQuoting = true,
            BufferSize = CharBufferSize,
        };
        using var parser = new CsvParser(lines, config, leaveOpen: true);
        // CsvHelper numbers the lines from where it starts.
        var previousEndLine = lines.Lines;
        while (ReadNext(parser, file, previousEndLine + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // RawRow is the line a record ends on; a quoted field may span lines, so the record starts after the previous one.
            var line = previousEndLine + 1;
            previousEndLine = lines.Lines + parser.RawRow;
            if (parser.Count > 0 && records.Outside(parser[0], outsideLoad))
            {
                badQuoting = false;
                continue;
            }

            row.Load(parser, line);
            var quoting = badQuoting;
            badQuoting = false;
            if (records.Accept(row, quoting))
                yield return row;
        }

        records.Finish();
    }

    /// <summary>What every record goes through, however it was split: the header, then bad quoting and blank lines.</summary>
    private sealed class RecordCheck(DataFile file, IReadOnlyList<string>? expectedHeader, ICollection<DataWarning> warnings)
    {
        private bool headerPending = expectedHeader is not null;

        /// <summary>True for a data row the load skips unread (never the header).</summary>
        public bool Outside(ReadOnlySpan<char> firstField, Func<ReadOnlySpan<char>, bool>? outsideLoad) =>
            !headerPending && outsideLoad is not null && outsideLoad(firstField);

        /// <summary>True for a row worth a parser's reading; the header is checked, the others warned about.</summary>
        public bool Accept(CsvRow row, bool badQuoting)
        {
            if (headerPending)
            {
                headerPending = false;
                CheckHeader(file, expectedHeader!, [.. row.Fields]);
                return false;
            }

            if (badQuoting)
            {
                warnings.Add(file.Warning(row.Line, "malformed quoting (a quote inside an unquoted field or an unclosed quote); row skipped"));
                return false;
            }

            if (row.IsBlank())
            {
                warnings.Add(file.Warning(row.Line, "blank line skipped"));
                return false;
            }

            return true;
        }

        public void Finish()
        {
            if (headerPending)
                throw file.Error(1, $"expected header {string.Join(",", expectedHeader!)} but the file is empty");
        }
    }

    /// <exception cref="MarketDataException">The file cannot be opened, or is larger than the limit.</exception>
    private static StreamReader Open(DataFile file)
    {
        FileStream? stream = null;
        try
        {
            stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, NoFileBuffer, FileOptions.SequentialScan);
            var limit = file.Limits.MaxFileBytes;
            if (stream.CanSeek && stream.Length > limit)
                throw new MarketDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{file.RelativePath}: the file is {stream.Length:N0} bytes, over the {limit:N0}-byte limit for a data file; is it the right file?"));
            return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, CharBufferSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            stream?.Dispose();
            throw new MarketDataException($"{file.RelativePath}: cannot read the file: {e.Message}", e);
        }
        catch
        {
            stream?.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next record; a read error becomes a <see cref="MarketDataException"/> naming file and line.</summary>
    private static bool ReadNext(CsvParser parser, DataFile file, int line)
    {
        try
        {
            return parser.Read();
        }
        catch (Exception e) when (e is CsvHelperException or IOException)
        {
            throw new MarketDataException($"{file.RelativePath}:{line}: cannot read the file: {e.Message}", e);
        }
    }

    private static void CheckHeader(DataFile file, IReadOnlyList<string> expected, string[] found)
    {
        // A second BOM or one the decoder did not strip is still "a BOM is fine".
        var names = found.Select((f, i) => (i == 0 ? f.TrimStart('\uFEFF') : f).Trim()).ToArray();
        var matches = names.Length == expected.Count
            && names.Zip(expected).All(p => string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
        if (!matches)
        {
            var shown = names.All(string.IsNullOrEmpty) ? "an empty line" : Shown.Text(string.Join(",", names));
            throw file.Error(1, $"expected header {string.Join(",", expected)} but found {shown}");
        }
    }
}
