using System.Collections;
using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// The warnings about one file: the first <see cref="DataFolderLimits.MaxWarningsPerFile"/> are kept, the rest only
/// counted, so a file of a million bad rows costs a few lines of report instead of all of memory.
/// </summary>
internal sealed class FileWarnings(DataFile file) : ICollection<DataWarning>
{
    private readonly List<DataWarning> kept = [];
    private long dropped;

    public int Count => kept.Count;

    public bool IsReadOnly => false;

    public void Add(DataWarning item)
    {
        if (kept.Count < file.Limits.MaxWarningsPerFile)
            kept.Add(item);
        else
            dropped++;
    }

    /// <summary>The kept warnings, closed by one that counts the ones left out.</summary>
    public IReadOnlyList<DataWarning> Final() => dropped == 0
        ? kept
        : [.. kept, file.Warning(null, string.Create(CultureInfo.InvariantCulture, $"and {dropped:N0} more warnings (rows skipped or repaired) not listed"))];

    public void Clear()
    {
        kept.Clear();
        dropped = 0;
    }

    public bool Contains(DataWarning item) => kept.Contains(item);

    public void CopyTo(DataWarning[] array, int arrayIndex) => kept.CopyTo(array, arrayIndex);

    public bool Remove(DataWarning item) => kept.Remove(item);

    public IEnumerator<DataWarning> GetEnumerator() => kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
