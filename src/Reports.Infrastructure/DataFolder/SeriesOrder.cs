using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Puts a file's rows in time order and removes repeats: a repeated identical row is harmless (kept once, with a
/// warning), but two different rows for the same time leave us unable to choose, so the load fails.
/// </summary>
internal static class SeriesOrder
{
    public static List<T> Normalise<TKey, T>(
        DataFile file,
        IReadOnlyList<LineItem<T>> rows,
        Func<T, TKey> key,
        Func<TKey, string> show,
        ICollection<DataWarning> warnings)
        where TKey : IComparable<TKey>
    {
        var result = new List<T>(rows.Count);
        LineItem<T>? kept = null;
        foreach (var row in Sort(file, rows, key, show, warnings))
        {
            if (kept is { } previous && key(previous.Value).CompareTo(key(row.Value)) == 0)
            {
                if (!EqualityComparer<T>.Default.Equals(previous.Value, row.Value))
                    throw file.Error(row.Line, $"{show(key(row.Value))} appears again with different values (first on line {previous.Line})");
                warnings.Add(file.Warning(row.Line, $"duplicate of line {previous.Line} ({show(key(row.Value))}); kept one"));
                continue;
            }

            result.Add(row.Value);
            kept = row;
        }

        return result;
    }

    /// <summary>Returns the rows in time order, with one warning for the file if they were not.</summary>
    public static IReadOnlyList<LineItem<T>> Sort<TKey, T>(
        DataFile file,
        IReadOnlyList<LineItem<T>> rows,
        Func<T, TKey> key,
        Func<TKey, string> show,
        ICollection<DataWarning> warnings)
        where TKey : IComparable<TKey>
    {
        var firstOutOfOrder = rows.Skip(1).Select((r, i) => (Row: r, Previous: rows[i]))
            .FirstOrDefault(p => key(p.Row.Value).CompareTo(key(p.Previous.Value)) < 0);
        if (firstOutOfOrder.Row.Line != 0)
        {
            warnings.Add(file.Warning(firstOutOfOrder.Row.Line,
                $"rows are not in time order ({show(key(firstOutOfOrder.Row.Value))} comes after {show(key(firstOutOfOrder.Previous.Value))}); sorted"));
            // OrderBy is stable: repeats keep their file order, so "first on line N" stays true.
            return rows.OrderBy(r => key(r.Value)).ToList();
        }

        return rows;
    }
}
