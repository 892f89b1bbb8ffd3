using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>What a parser made of one row: a value, or why the row is skipped.</summary>
internal readonly record struct RowResult<T>(T? Value, string? Problem)
{
    public static RowResult<T> Skip(string problem) => new(default, problem);

    public static implicit operator RowResult<T>(T value) => new(value, null);
}

/// <summary>
/// The common loop of the files whose first column is a yyyy-MM-dd day (all but the Binance klines): header check,
/// field count, the day (a bad one fails), the <c>through</c> cut, then the file's own reading of the row.
/// </summary>
internal static class DatedCsv
{
    /// <summary>
    /// Reads a file holding at most one row per day: rows in day order without repeats, then the hole check for a
    /// market that trades every day (<paramref name="everyDay"/>) or only on trading days.
    /// </summary>
    public static Task<ParsedFile<T>> ReadDailySeriesAsync<T>(
        DataFile file,
        IReadOnlyList<string> header,
        DateOnly? through,
        Func<CsvRow, DateOnly, RowResult<T>> read,
        Func<T, DateOnly> day,
        bool everyDay,
        CancellationToken cancellationToken)
    {
        var warnings = new FileWarnings(file);
        var rows = Read(file, header, through, warnings, read, cancellationToken);
        var series = SeriesOrder.Normalise(file, rows, day, DateField.Show, warnings);
        if (everyDay)
            GapCheck.EveryDay(file, series.Select(day), warnings);
        else
            GapCheck.TradingDays(file, series.Select(day).ToList(), warnings);
        return Task.FromResult(new ParsedFile<T>(file, series, warnings.Final()));
    }

    /// <param name="read">Reads a row already placed on its day; may add warnings of its own for things it keeps.</param>
    /// <param name="since">The first day read (per-coin caps: the month a report reads), or null for all.</param>
    /// <param name="fieldCountHint">Advice added to the wrong-field-count warning.</param>
    public static List<LineItem<T>> Read<T>(
        DataFile file,
        IReadOnlyList<string> header,
        DateOnly? through,
        ICollection<DataWarning> warnings,
        Func<CsvRow, DateOnly, RowResult<T>> read,
        CancellationToken cancellationToken,
        string? fieldCountHint = null,
        DateOnly? since = null)
    {
        // Rows outside [since, through] are not part of this load: not read, not checked, not warned about.
        bool Outside(DateOnly day) => day > through || day < since;
        var rows = new List<LineItem<T>>();
        var days = new LastDay();
        var outsideLoad = through is null && since is null ? null : (Func<ReadOnlySpan<char>, bool>)(first => days.Of(first) is { } day && Outside(day));
        foreach (var row in CsvFileReader.Read(file, header, warnings, cancellationToken, outsideLoad))
        {
            if (!FieldCount.Matches(file, row, header.Count, warnings, fieldCountHint))
                continue;
            var date = days.Of(row.Span(0)) ?? throw DateField.NotADay(file, row, 0, header[0]);
            if (Outside(date))
                continue;

            var result = read(row, date);
            if (result.Problem is { } problem)
                warnings.Add(file.Warning(row.Line, $"{problem}; row skipped"));
            else
                rows.Add(new(row.Line, result.Value!));
        }

        return rows;
    }
}
