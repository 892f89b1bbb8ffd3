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
    private const int BufferSize = 64 * 1024;

    /// <param name="expectedHeader">Column names the first line must hold, or null for header-less files (Binance klines).</param>
    public static async IAsyncEnumerable<CsvRow> ReadAsync(
        DataFile file,
        IReadOnlyList<string>? expectedHeader,
        ICollection<DataWarning> warnings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var stream = Open(file);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        var badQuoting = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            // We report blank lines ourselves, with their line numbers.
            IgnoreBlankLines = false,
            BadDataFound = _ => badQuoting = true,
        };
        using var parser = new CsvParser(reader, config);

        var previousEndLine = 0;
        var headerPending = expectedHeader is not null;
        while (await ReadNextAsync(parser, file, previousEndLine + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // RawRow is the line a record ends on; a quoted field may span lines, so the record starts after the previous one.
            var line = previousEndLine + 1;
            previousEndLine = parser.RawRow;
            var fields = parser.Record ?? [];

            if (headerPending)
            {
                headerPending = false;
                CheckHeader(file, expectedHeader!, fields);
                badQuoting = false;
                continue;
            }

            if (badQuoting)
            {
                badQuoting = false;
                warnings.Add(file.Warning(line, "malformed quoting (a quote inside an unquoted field or an unclosed quote); row skipped"));
                continue;
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                warnings.Add(file.Warning(line, "blank line skipped"));
                continue;
            }

            yield return new CsvRow(line, fields);
        }

        if (headerPending)
            throw file.Error(1, $"expected header {string.Join(",", expectedHeader!)} but the file is empty");
    }

    private static FileStream Open(DataFile file)
    {
        try
        {
            return new FileStream(
                file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MarketDataException($"{file.RelativePath}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Reads the next record; a read error becomes a <see cref="MarketDataException"/> naming file and line.</summary>
    private static async Task<bool> ReadNextAsync(CsvParser parser, DataFile file, int line)
    {
        try
        {
            return await parser.ReadAsync();
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
