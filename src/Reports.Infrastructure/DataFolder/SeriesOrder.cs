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
        var sorted = Sort(file, rows, key, show, warnings);
        var result = new List<T>(sorted.Count);
        LineItem<T>? kept = null;
        for (var i = 0; i < sorted.Count; i++)
        {
            var row = sorted[i];
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
        for (var i = 1; i < rows.Count; i++)
        {
            var (previous, row) = (rows[i - 1], rows[i]);
            if (key(row.Value).CompareTo(key(previous.Value)) >= 0)
                continue;
            warnings.Add(file.Warning(row.Line,
                $"rows are not in time order ({show(key(row.Value))} comes after {show(key(previous.Value))}); sorted"));
            // OrderBy is stable: repeats keep their file order, so "first on line N" stays true.
            return rows.OrderBy(r => key(r.Value)).ToList();
        }

        return rows;
    }
}
