using Reports.Domain.Market;
using Reports.Domain.UseCases;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Adds fetched days to a data folder (creating it if needed). Days already in the folder win over new ones,
/// so a re-run or a worse second fetch never replaces good rows.
/// </summary>
public sealed class DataFolderAppender(string folder)
{
    private const string FolderSource = "folder";

    public async Task<MarketData> AppendAsync(IReadOnlyList<DailySnapshot> snapshots, CancellationToken cancellationToken)
    {
        var existing = Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).Any()
            ? await new DataFolderStore(folder).LoadAsync(null, cancellationToken).ConfigureAwait(false)
            : MarketData.Empty;

        var all = DailySnapshotSplitter.Split(existing, FolderSource).Concat(snapshots);
        var priority = new[] { FolderSource }.Concat(snapshots.Select(s => s.Source).Distinct()).ToList();
        var merged = DailySnapshotMerger.Merge(all, priority) with { Events = existing.Events };
        await new DataFolderWriter(folder).WriteAsync(merged, cancellationToken).ConfigureAwait(false);
        return merged;
    }
}
