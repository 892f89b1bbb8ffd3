using System.Globalization;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Reads the numbers of one row, remembering the first thing wrong with them, so a parser can read every
/// column in a line and then skip the row once with the first problem as the reason.
/// </summary>
/// <remarks>A ref struct: one is made per row of every file, and it only lives while that row is read.</remarks>
internal ref struct RowValues(CsvRow row, IReadOnlyList<string> columns)
{
    /// <summary>Why the row cannot be used, or null while every value read so far is fine.</summary>
    public string? Problem { get; private set; }

    /// <summary>A price: a finite number above zero.</summary>
    public decimal Price(int index) => Required(index) is { } value && Check(index, value, value > 0, "is not positive") ? value : 0m;

    /// <summary>A required amount that may be zero but not negative (volume, market cap with <paramref name="allowZero"/> false).</summary>
    public decimal Amount(int index, bool allowZero = true) =>
        Required(index) is { } value && Check(index, value, allowZero ? value >= 0 : value > 0, allowZero ? "is negative" : "is not positive")
            ? value
            : 0m;

    /// <summary>An amount that may be left empty (unknown); when given it must not be negative.</summary>
    public decimal? OptionalAmount(int index)
    {
        if (row.Span(index).IsWhiteSpace())
            return null;
        return Required(index) is { } value && Check(index, value, value >= 0, "is negative") ? value : null;
    }

    /// <summary>Any number (columns read only to prove the row is well formed).</summary>
    public void AnyNumber(int index) => _ = Required(index);

    private decimal? Required(int index)
    {
        var raw = row.Span(index).Trim();
        if (raw.Length == 0)
            return Fail($"{columns[index]} is empty");
        if (CsvFields.Decimal.TryRead(raw, out var value))
            return value;
        var text = Shown.Text(raw.ToString());
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var asDouble))
            return Fail($"{columns[index]} '{text}' is not a number");
        return Fail(double.IsFinite(asDouble)
            ? $"{columns[index]} '{text}' is out of range"
            : $"{columns[index]} '{text}' is not a finite number");
    }

    private bool Check(int index, decimal value, bool ok, string problem)
    {
        if (!ok)
            Fail($"{columns[index]} {value.ToString(CultureInfo.InvariantCulture)} {problem}");
        return ok;
    }

    private decimal? Fail(string problem)
    {
        Problem ??= problem;
        return null;
    }
}
