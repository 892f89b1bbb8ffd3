using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.Watch;
using Reports.Infrastructure.Storage;

namespace Reports.Infrastructure.Watch;

/// <summary>
/// The watch breaks in Table Storage, beside the alert ledger: partition = UTC day, row = level key. The first check
/// that sees a level broken inserts the row (time and price); the first alert sets <c>AlertedAt</c> once. Prices are
/// stored as invariant decimal strings: Table Storage has no decimal type, and a double would not give the exact level
/// back to match the scored call.
/// </summary>
public sealed class TableWatchBreakLog : IWatchBreakLog
{
    private const int NotFound = 404, Conflict = 409, PreconditionFailed = 412;
    private readonly TableClient table;
    private readonly CreateOnce created;

    public TableWatchBreakLog(TableClient table)
    {
        this.table = table;
        created = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task RecordAsync(DateOnly day, WatchBreak seen, DateTimeOffset? alertedAt, CancellationToken cancellationToken)
    {
        var (partition, row) = (DeliveryDates.Key(day), RowKey(seen.Level.Key));
        try
        {
            await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var entity = new TableEntity(partition, row)
                {
                    ["Symbol"] = seen.Level.Symbol,
                    ["Kind"] = seen.Level.Kind,
                    ["Level"] = Text(seen.Level.Level),
                    ["Price"] = Text(seen.Price),
                    ["At"] = seen.At,
                };
                if (alertedAt is { } sent) entity["AlertedAt"] = sent;
                await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status == Conflict)
            {
                // Seen before today: the first time and price stay; only a first alert is added.
            }
            if (alertedAt is null) return;
            var stored = await table.GetEntityAsync<TableEntity>(partition, row, ["AlertedAt"], cancellationToken).ConfigureAwait(false);
            if (stored.Value.GetDateTimeOffset("AlertedAt") is not null) return;
            try
            {
                await table.UpdateEntityAsync(new TableEntity(partition, row) { ["AlertedAt"] = alertedAt }, stored.Value.ETag, TableUpdateMode.Merge, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == PreconditionFailed)
            {
                // Another check recorded its alert first; that one was earlier or the same.
            }
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, table.Uri, $"recording the watch break {seen.Level.Key} of {partition}");
        }
    }

    public async Task<IReadOnlyList<LevelBreak>> ListAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var partition = DeliveryDates.Key(day);
        var breaks = new List<LevelBreak>();
        try
        {
            await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken)
                .ConfigureAwait(false))
            {
                if (Read(e) is { } b) breaks.Add(b);
            }
        }
        catch (RequestFailedException e) when (e.Status == NotFound)
        {
            return []; // no check has recorded a break yet: the table does not exist
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, table.Uri, $"reading the watch breaks of {partition}");
        }
        return breaks;
    }

    /// <summary>A row this class wrote; null for one edited by hand into something else (it then states no fact).</summary>
    private static LevelBreak? Read(TableEntity e) =>
        e.GetString("Symbol") is { } symbol && e.GetString("Kind") is { } kind && Number(e.GetString("Level")) is { } level
        && Number(e.GetString("Price")) is { } price && e.GetDateTimeOffset("At") is { } at
            ? new LevelBreak(symbol, kind, level, price, at, e.GetDateTimeOffset("AlertedAt"))
            : null;

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string RowKey(string levelKey) => TableKeys.Escape(levelKey);
}
