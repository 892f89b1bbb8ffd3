using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Streams the records of one CSV file with CsvHelper, numbering them by the line they start on. Checks the header,
/// and turns blank lines and broken quoting into warnings so the parsers only see rows worth reading.
/// </summary>
internal static class CsvFileReader
{
    // Characters CsvHelper decodes and scans per refill; bigger buffers only cost memory on files this small.
    private const int CharBufferSize = 4 * 1024;

    /// <param name="expectedHeader">Column names the first line must hold, or null for header-less files (Binance klines).</param>
    /// <remarks>
    /// The file is read with one asynchronous read into a pooled buffer (data files are a few hundred KB), then
    /// parsed from memory: reading it in small asynchronous pieces cost more than the parsing. Every row yielded is
    /// the same <see cref="CsvRow"/> instance, refilled.
    /// </remarks>
    public static async IAsyncEnumerable<CsvRow> ReadAsync(
        DataFile file,
        IReadOnlyList<string>? expectedHeader,
        ICollection<DataWarning> warnings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (bytes, length) = await ReadAllBytesAsync(file, cancellationToken);
        try
        {
            using var reader = new StreamReader(
                new MemoryStream(bytes, 0, length, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, CharBufferSize);

            var badQuoting = false;
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Mode = CsvMode.RFC4180,
                // We report blank lines ourselves, with their line numbers.
                IgnoreBlankLines = false,
                BadDataFound = _ => badQuoting = true,
                BufferSize = CharBufferSize,
            };
            using var parser = new CsvParser(reader, config);

            var previousEndLine = 0;
            var headerPending = expectedHeader is not null;
            var row = new CsvRow();
            while (ReadNext(parser, file, previousEndLine + 1))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // RawRow is the line a record ends on; a quoted field may span lines, so the record starts after the previous one.
                var line = previousEndLine + 1;
                previousEndLine = parser.RawRow;
                row.Load(parser, line);

                if (headerPending)
                {
                    headerPending = false;
                    CheckHeader(file, expectedHeader!, [.. row.Fields]);
                    badQuoting = false;
                    continue;
                }

                if (badQuoting)
                {
                    badQuoting = false;
                    warnings.Add(file.Warning(line, "malformed quoting (a quote inside an unquoted field or an unclosed quote); row skipped"));
                    continue;
                }

                if (row.IsBlank())
                {
                    warnings.Add(file.Warning(line, "blank line skipped"));
                    continue;
                }

                yield return row;
            }

            if (headerPending)
                throw file.Error(1, $"expected header {string.Join(",", expectedHeader!)} but the file is empty");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The whole file in a buffer rented from the shared pool; the caller returns it.</summary>
    private static async Task<(byte[] Bytes, int Length)> ReadAllBytesAsync(DataFile file, CancellationToken cancellationToken)
    {
        byte[]? bytes = null;
        try
        {
            using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous | FileOptions.SequentialScan);
            // One byte more than the length, so a file that grew while we read is noticed and read to its end.
            bytes = ArrayPool<byte>.Shared.Rent((int)Math.Min(RandomAccess.GetLength(handle) + 1, Array.MaxLength));
            var length = 0;
            while (true)
            {
                if (length == bytes.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(bytes.Length * 2);
                    bytes.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = larger;
                }

                var read = await RandomAccess.ReadAsync(handle, bytes.AsMemory(length), length, cancellationToken);
                if (read == 0)
                    return (bytes, length);
                length += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (bytes is not null)
                ArrayPool<byte>.Shared.Return(bytes);
            throw new MarketDataException($"{file.RelativePath}: cannot read the file: {e.Message}", e);
        }
        catch
        {
            if (bytes is not null)
                ArrayPool<byte>.Shared.Return(bytes);
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
            var shown = names.All(string.IsNullOrEmpty) ? "an empty line" : string.Join(",", names);
            throw file.Error(1, $"expected header {string.Join(",", expected)} but found {shown}");
        }
    }
}
