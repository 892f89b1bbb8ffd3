using Azure;
using Azure.Data.Tables;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Infrastructure.Storage;

namespace Reports.Infrastructure.Subscribers;

/// <summary>
/// The watch-alert ledger in Table Storage: partition = UTC day, row = level key + subscriber id. A claim is an
/// insert, so two checks running at once cannot both alert the same level to the same reader on the same day.
/// </summary>
public sealed class TableAlertLedger : IAlertLedger
{
    private const int Conflict = 409;
    private readonly TableClient table;
    private readonly CreateOnce created;

    public TableAlertLedger(TableClient table)
    {
        this.table = table;
        created = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task<bool> TryClaimAsync(DateOnly day, string levelKey, string subscriberId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new TableEntity(DeliveryDates.Key(day), RowKey(levelKey, subscriberId)) { ["AlertedAt"] = at }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == Conflict)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(DateOnly day, string levelKey, string subscriberId, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(DeliveryDates.Key(day), RowKey(levelKey, subscriberId), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    // Escaped as the watch-break log escapes it: one key rule for both tables, whatever an archived edition held.
    private static string RowKey(string levelKey, string subscriberId) => $"{TableKeys.Escape(levelKey)}_{subscriberId}";
}
