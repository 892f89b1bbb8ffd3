namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// The record just read (a plain line or CsvHelper's record) and the 1-based line of the file it starts on. One
/// instance serves a whole file (a new array and object per row was most of the load's garbage), so it is only valid
/// until the next record is read: take values out of it, never keep it.
/// </summary>
/// <remarks>
/// A plain line's fields stay characters of the line until a string is asked for: the numbers, most of a file, are
/// read from <see cref="Span"/> and never become strings.
/// </remarks>
internal sealed class CsvRow
{
    private string?[] fields = new string?[16];
    private Range[] ranges = new Range[16];
    private char[] line = new char[256];
    private bool plain;

    public int Line { get; private set; }

    public int Count { get; private set; }

    public string this[int index] =>
        (uint)index >= (uint)Count ? throw new ArgumentOutOfRangeException(nameof(index))
        : plain ? fields[index] ??= new string(line.AsSpan()[ranges[index]])
        : fields[index]!;

    /// <summary>A field's characters, valid until the next record is read.</summary>
    public ReadOnlySpan<char> Span(int index) =>
        (uint)index >= (uint)Count ? throw new ArgumentOutOfRangeException(nameof(index))
        : plain && fields[index] is null ? line.AsSpan()[ranges[index]]
        : this[index];

    /// <summary>The fields in order, for the rare whole-row checks (the header).</summary>
    public IEnumerable<string> Fields => Enumerable.Range(0, Count).Select(i => this[i]);

    /// <summary>Takes every field of the parser's current record. All of them: CsvHelper only reports bad quoting once a field is read.</summary>
    public void Load(CsvHelper.IParser parser, int line)
    {
        Resize(parser.Count, line, plain: false);
        for (var i = 0; i < Count; i++)
            fields[i] = parser[i];
    }

    /// <summary>Takes a plain line (<see cref="PlainLineReader"/>): its fields are its text between commas.</summary>
    public void Load(ReadOnlySpan<char> text, int line)
    {
        Resize(text.Count(',') + 1, line, plain: true);
        if (text.Length > this.line.Length)
            this.line = new char[Math.Max(text.Length, this.line.Length * 2)];
        text.CopyTo(this.line);
        var i = 0;
        foreach (var field in text.Split(','))
            ranges[i++] = field;
    }

    private void Resize(int count, int line, bool plain)
    {
        if (count > fields.Length)
        {
            fields = new string?[Math.Max(count, fields.Length * 2)];
            ranges = new Range[fields.Length];
        }
        Array.Clear(fields, 0, Math.Max(count, Count));
        this.plain = plain;
        Line = line;
        Count = count;
    }

    /// <summary>True when every field is empty or white space (a blank line).</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < Count; i++)
        {
            if (!Span(i).IsWhiteSpace())
                return false;
        }

        return true;
    }
}

/// <summary>A parsed value and the line it came from, so later checks (order, duplicates) can point at it.</summary>
internal readonly record struct LineItem<T>(int Line, T Value);
