using System.Globalization;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// The validation pass over the numbers of one typed row: checks each value the class map read and explains a
/// value it could not read from the raw text, remembering the first thing wrong, so a parser can check every
/// column in a line and then skip the row once with the first problem as the reason.
/// </summary>
internal ref struct RowValues(DataRow row, IReadOnlyList<string> columns)
{
    public const NumberStyles NumberStyle = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
        | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Why the row cannot be used, or null while every value checked so far is fine.</summary>
    public string? Problem { get; private set; }

    /// <summary>A price: a finite number above zero.</summary>
    public decimal Price(int index, decimal? read) => Required(index, read) is { } value && Check(index, value, value > 0, "is not positive") ? value : 0m;

    /// <summary>A required amount that may be zero but not negative (volume, market cap with <paramref name="allowZero"/> false).</summary>
    public decimal Amount(int index, decimal? read, bool allowZero = true) =>
        Required(index, read) is { } value && Check(index, value, allowZero ? value >= 0 : value > 0, allowZero ? "is negative" : "is not positive")
            ? value
            : 0m;

    /// <summary>An amount that may be left empty (unknown); when given it must not be negative.</summary>
    public decimal? OptionalAmount(int index, decimal? read)
    {
        if (read is null && string.IsNullOrWhiteSpace(row[index]))
            return null;
        return Required(index, read) is { } value && Check(index, value, value >= 0, "is negative") ? value : null;
    }

    /// <summary>Any number (columns read only to prove the row is well formed).</summary>
    public void AnyNumber(int index, decimal? read) => _ = Required(index, read);

    private decimal? Required(int index, decimal? read)
    {
        if (read is not null)
            return read;
        var raw = row[index].AsSpan().Trim();
        if (raw.Length == 0)
            return Fail($"{columns[index]} is empty");
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
