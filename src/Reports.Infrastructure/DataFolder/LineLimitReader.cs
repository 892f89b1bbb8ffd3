using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Passes a file's characters to CsvHelper and stops at the first line longer than <see cref="DataFolderLimits.MaxLineChars"/>:
/// CsvHelper would otherwise grow its buffer to hold a whole line (or quoted field) of any length.
/// </summary>
internal sealed class LineLimitReader(TextReader inner, DataFile file) : TextReader
{
    private int line = 1;
    private int lineLength;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Count((char)c);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        // Line by line rather than character by character: IndexOf finds the line ends in bulk.
        var rest = buffer[..read];
        for (var lineEnd = rest.IndexOf('\n'); lineEnd >= 0; lineEnd = rest.IndexOf('\n'))
        {
            Grow(lineEnd);
            line++;
            lineLength = 0;
            rest = rest[(lineEnd + 1)..];
        }

        Grow(rest.Length);
        return read;
    }

    private void Count(char c)
    {
        if (c == '\n')
        {
            line++;
            lineLength = 0;
        }
        else
        {
            Grow(1);
        }
    }

    /// <summary>Adds characters to the current line; a line over the limit fails the load.</summary>
    private void Grow(int characters)
    {
        lineLength += characters;
        if (lineLength > file.Limits.MaxLineChars)
        {
            throw file.Error(line, string.Create(CultureInfo.InvariantCulture,
                $"a line longer than {file.Limits.MaxLineChars:N0} characters; data files have short lines (is it a CSV file?)"));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
