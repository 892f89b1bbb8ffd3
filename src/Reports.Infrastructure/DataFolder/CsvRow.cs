namespace Reports.Infrastructure.DataFolder;

/// <summary>A CSV record and the 1-based line of the file it starts on.</summary>
internal sealed record CsvRow(int Line, string[] Fields)
{
    public string this[int index] => Fields[index];

    public int Count => Fields.Length;
}

/// <summary>A parsed value and the line it came from, so later checks (order, duplicates) can point at it.</summary>
internal readonly record struct LineItem<T>(int Line, T Value);
