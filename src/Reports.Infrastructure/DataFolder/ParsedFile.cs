using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>What one parser made of one file: clean rows (sorted, without duplicates) and what it skipped.</summary>
internal sealed record ParsedFile<T>(DataFile File, IReadOnlyList<T> Rows, IReadOnlyList<DataWarning> Warnings);
