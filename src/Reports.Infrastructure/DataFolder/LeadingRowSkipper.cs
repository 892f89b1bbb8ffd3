namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Drops the rows right after the header that are dated before the first day a load reads, before CsvHelper
/// tokenises them. A report reads one month of a per-coin caps file that holds years, 25 or more rows a day: most of
/// that file's cost was CsvHelper finding the first field of rows only to skip them.
/// </summary>
/// <remarks>
/// Only plain lines are dropped: "yyyy-MM-dd," naming a real day before <paramref name="firstDay"/>, no quote, no
/// carriage return but the line's own. The first line that is anything else (a later day, a blank line, a quote,
/// an unsorted file's stray row) ends the skipping, and from there CsvHelper reads every character. So this drops
/// exactly rows the reader would skip without a word anyway, and line numbers stay right by adding
/// <see cref="SkippedLines"/>.
/// </remarks>
internal sealed class LeadingRowSkipper(TextReader inner, DateOnly firstDay) : TextReader
{
    private const int BufferChars = 4 * 1024; // as CsvFileReader's buffers
    private const int DateChars = 10;

    private char[]? buffer;
    private int start;
    private int end;
    private string header = "";
    private int headerSent;
    private bool prepared;
    private readonly LastDay days = new();

    /// <summary>Lines dropped after the header; final once the first character has been read.</summary>
    public int SkippedLines { get; private set; }

    public override int Peek()
    {
        Prepare();
        if (headerSent < header.Length)
            return header[headerSent];
        return start < end ? buffer![start] : inner.Peek();
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        Prepare();
        if (headerSent < header.Length)
            return Copy(header.AsSpan(headerSent), destination, ref headerSent);
        if (start < end)
            return Copy(buffer.AsSpan(start, end - start), destination, ref start);
        return inner.Read(destination);
    }

    private static int Copy(ReadOnlySpan<char> source, Span<char> destination, ref int position)
    {
        var count = Math.Min(source.Length, destination.Length);
        source[..count].CopyTo(destination);
        position += count;
        return count;
    }

    /// <summary>On the first read: keep the header aside, drop the leading lines before the first day.</summary>
    private void Prepare()
    {
        if (prepared)
            return;
        prepared = true;
        buffer = new char[BufferChars];
        end = Fill(0);
        var headerEnd = buffer.AsSpan(0, end).IndexOf('\n');
        if (headerEnd < 0 || buffer.AsSpan(0, headerEnd).Contains('"'))
            return; // no whole header in sight, or a quoted one: CsvHelper reads everything
        header = new string(buffer, 0, headerEnd + 1);
        start = headerEnd + 1;

        while (true)
        {
            var lineEnd = buffer.AsSpan(start, end - start).IndexOf('\n');
            if (lineEnd < 0)
            {
                if (start == 0 || end < buffer.Length)
                    return; // a line as long as the buffer, or the file's last line: leave it to CsvHelper
                // Move the partial line to the front and read on.
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
                end = Fill(end);
                continue;
            }

            if (!Dropped(buffer.AsSpan(start, lineEnd)))
                return;
            start += lineEnd + 1;
            SkippedLines++;
        }
    }

    private bool Dropped(ReadOnlySpan<char> line)
    {
        if (line.EndsWith('\r'))
            line = line[..^1];
        return line.Length > DateChars && line[DateChars] == ','
            && !line.ContainsAny('"', '\r')
            && days.Of(line[..DateChars]) is { } day && day < firstDay;
    }

    private int Fill(int from)
    {
        while (from < buffer!.Length)
        {
            var read = inner.Read(buffer, from, buffer.Length - from);
            if (read == 0)
                break;
            from += read;
        }

        return from;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
