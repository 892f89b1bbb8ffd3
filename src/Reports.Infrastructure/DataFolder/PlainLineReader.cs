namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Gives a file's lines one at a time while they are plain: no quote, and no carriage return but the one before the
/// line's newline. RFC 4180 makes of such a line exactly its text split at every comma, so
/// <see cref="CsvFileReader"/> splits those itself; CsvHelper's character-by-character scan of them was most of a
/// report load's CPU. At the first line that is not plain (a quoted field, which may span lines, or a lone carriage
/// return), or at the end of the file, the lines stop, and from there this is a <see cref="TextReader"/> of the rest of
/// the file, that line included, for CsvHelper to read every character of.
/// </summary>
/// <remarks>
/// The buffer grows to hold the longest line; <see cref="LineLimitReader"/> below bounds that. A line that ends at the
/// end of the file with a carriage return is left to CsvHelper, which reads the carriage return as a newline.
/// </remarks>
internal sealed class PlainLineReader(TextReader inner) : TextReader
{
    private const int BufferChars = 4 * 1024; // as CsvFileReader's buffers

    private char[] buffer = new char[BufferChars];
    private int start;
    private int end;
    private bool endOfFile;
    private bool linesOver;

    /// <summary>Plain lines given so far: the number of the last one, or the lines before what CsvHelper reads.</summary>
    public int Lines { get; private set; }

    /// <summary>
    /// The next line without its newline, valid until the next call; false at the end of the file or at a line that
    /// is not plain, and from then on.
    /// </summary>
    public bool TryReadPlainLine(out ReadOnlySpan<char> line)
    {
        line = default;
        while (!linesOver)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf('\n');
            if (newline < 0 && !endOfFile)
            {
                Fill();
                continue;
            }

            var text = buffer.AsSpan(start, newline < 0 ? end - start : newline);
            if (newline >= 0 && text.EndsWith('\r'))
                text = text[..^1];
            if ((newline < 0 && text.IsEmpty) || text.ContainsAny('"', '\r'))
            {
                linesOver = true;
                break;
            }

            start += newline < 0 ? end - start : newline + 1;
            Lines++;
            line = text;
            return true;
        }

        return false;
    }

    public override int Peek() => start < end ? buffer[start] : inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] destination, int index, int count) => Read(destination.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        linesOver = true;
        if (start == end)
            return inner.Read(destination);
        var count = Math.Min(end - start, destination.Length);
        buffer.AsSpan(start, count).CopyTo(destination);
        start += count;
        return count;
    }

    /// <summary>Moves the unread part to the front, doubling the buffer when a line fills it, and reads more after it.</summary>
    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        else if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = inner.Read(buffer, end, buffer.Length - end);
        if (read == 0)
            endOfFile = true;
        end += read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
