using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Streams the records of one CSV file with CsvHelper's reader, numbering them by the line they start on. Checks the
/// header, and turns blank lines and broken quoting into warnings so the parsers only see rows worth reading.
/// </summary>
internal static class CsvFileReader
{
    // Characters CsvHelper decodes and scans per refill, and bytes read from disk at a time.
    private const int CharBufferSize = 16 * 1024;
    private const int FileBufferSize = 64 * 1024;

    /// <param name="expectedHeader">Column names the first line must hold, or null for header-less files (Binance klines).</param>
    /// <param name="map">The file kind's class map, which <see cref="DataRow.Read{T}"/> reads rows with.</param>
    /// <remarks>
    /// The file is streamed (memory stays flat whatever its size) and bounded by <see cref="DataFile.Limits"/>: a file
    /// over the size limit or a line over the length limit fails the load. A row is only valid until the next one is
    /// read: take its values, never keep it.
    /// </remarks>
    public static IEnumerable<DataRow> Read(DataFile file, IReadOnlyList<string>? expectedHeader, ClassMap map, ICollection<DataWarning> warnings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var reader = new LineLimitReader(Open(file), file);
        var badQuoting = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            // The header is checked here by position and name; the class maps read by position.
            HasHeaderRecord = false,
            // We report blank lines ourselves, with their line numbers.
            IgnoreBlankLines = false,
            BadDataFound = _ => badQuoting = true,
            BufferSize = CharBufferSize,
        };
        using var csv = new CsvReader(reader, config);
        csv.Context.RegisterClassMap(map);
        var parser = csv.Parser;

        var previousEndLine = 0;
        var headerPending = expectedHeader is not null;
        while (ReadNext(csv, file, previousEndLine + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // RawRow is the line a record ends on; a quoted field may span lines, so the record starts after the previous one.
            var row = new DataRow(file, previousEndLine + 1, csv);
            previousEndLine = parser.RawRow;

            // CsvHelper only notices bad quoting in a field once the field is read, so every field is read here.
            var blank = IsBlank(parser);

            if (headerPending)
            {
                headerPending = false;
                CheckHeader(file, expectedHeader!, parser.Record ?? []);
                badQuoting = false;
                continue;
            }

            if (badQuoting)
            {
                badQuoting = false;
                warnings.Add(file.Warning(row.Line, "malformed quoting (a quote inside an unquoted field or an unclosed quote); row skipped"));
                continue;
            }

            if (blank)
            {
                warnings.Add(file.Warning(row.Line, "blank line skipped"));
                continue;
            }

            yield return row;
        }

        if (headerPending)
            throw file.Error(1, $"expected header {string.Join(",", expectedHeader!)} but the file is empty");
    }

    /// <summary>True when every field is empty or white space (a blank line).</summary>
    private static bool IsBlank(IParser parser)
    {
        var blank = true;
        for (var i = 0; i < parser.Count; i++)
            blank &= string.IsNullOrWhiteSpace(parser[i]);
        return blank;
    }

    /// <exception cref="MarketDataException">The file cannot be opened, or is larger than the limit.</exception>
    private static StreamReader Open(DataFile file)
    {
        FileStream? stream = null;
        try
        {
            stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
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
    private static bool ReadNext(CsvReader csv, DataFile file, int line)
    {
        try
        {
            return csv.Read();
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

/// <summary>
/// The record CsvHelper's reader stands on, with its file and the 1-based line it starts on. Only valid until the
/// reader moves on.
/// </summary>
internal readonly record struct DataRow(DataFile File, int Line, CsvReader Csv)
{
    public int Count => Csv.Parser.Count;

    /// <summary>The raw text of a field, for checks on the row as written and for messages.</summary>
    public string this[int index] => Csv.Parser[index];

    /// <summary>The row typed by the file kind's class map; values its converters could not read are null.</summary>
    /// <exception cref="MarketDataException">CsvHelper cannot build the record at all.</exception>
    public T Read<T>()
    {
        try
        {
            return Csv.GetRecord<T>();
        }
        catch (CsvHelperException e)
        {
            throw File.Error(Line, $"cannot read the row: {e.Message.Split('\n')[0].Trim()}");
        }
    }
}

/// <summary>A parsed value and the line it came from, so later checks (order, duplicates) can point at it.</summary>
internal readonly record struct LineItem<T>(int Line, T Value);
