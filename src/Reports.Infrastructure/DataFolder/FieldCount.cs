using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>A row with the wrong number of fields has its values in the wrong columns: skip it rather than guess.</summary>
internal static class FieldCount
{
    public static bool Matches(DataFile file, CsvRow row, int expected, ICollection<DataWarning> warnings, string? hint = null)
    {
        if (row.Count == expected)
            return true;
        warnings.Add(file.Warning(row.Line, $"expected {expected} fields but found {row.Count}{(hint is null ? "" : $" ({hint})")}; row skipped"));
        return false;
    }
}
