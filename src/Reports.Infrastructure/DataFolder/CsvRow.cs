namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// The record just read (a plain line or CsvHelper's record) and the 1-based line of the file it starts on. One
/// instance serves a whole file (a new array and object per row was most of the load's garbage), so it is only valid
/// until the next record is read: take values out of it, never keep it.
/// </summary>
internal sealed class CsvRow
{
    private string[] fields = new string[16];

    public int Line { get; private set; }

    public int Count { get; private set; }

    public string this[int index] => (uint)index < (uint)Count ? fields[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The fields in order, for the rare whole-row checks (the header).</summary>
    public IEnumerable<string> Fields => fields.Take(Count);

    /// <summary>Takes every field of the parser's current record. All of them: CsvHelper only reports bad quoting once a field is read.</summary>
    public void Load(CsvHelper.IParser parser, int line)
    {
        Resize(parser.Count, line);
        for (var i = 0; i < Count; i++)
            fields[i] = parser[i];
    }

    /// <summary>Takes the fields of a plain line (<see cref="PlainLineReader"/>): its text between commas.</summary>
    public void Load(ReadOnlySpan<char> text, int line)
    {
        Resize(text.Count(',') + 1, line);
        var i = 0;
        foreach (var field in text.Split(','))
            fields[i++] = new string(text[field]);
    }

    private void Resize(int count, int line)
    {
        if (count > fields.Length)
            fields = new string[Math.Max(count, fields.Length * 2)];
        Array.Clear(fields, count, Count > count ? Count - count : 0);
        Line = line;
        Count = count;
    }

    /// <summary>True when every field is empty or white space (a blank line).</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(fields[i]))
                return false;
        }

        return true;
    }
}

/// <summary>A parsed value and the line it came from, so later checks (order, duplicates) can point at it.</summary>
internal readonly record struct LineItem<T>(int Line, T Value);
