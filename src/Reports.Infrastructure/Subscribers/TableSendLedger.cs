using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Infrastructure.Storage;

namespace Reports.Infrastructure.Subscribers;

/// <summary>
/// The send ledger in Azure Table Storage. Creating a row is an insert that fails with 409 when the (day,
/// subscriber) row exists; changing one is a replace with If-Match on its ETag that fails with 412 when another
/// attempt changed it first. Those two server-side checks are what let only one attempt win.
/// </summary>
public sealed class TableSendLedger : ISendLedger
{
    private const int Conflict = 409;
    private const int PreconditionFailed = 412;
    private const int NotFound = 404;
    private readonly TableClient table;
    private readonly CreateOnce created;

    public TableSendLedger(TableClient table)
    {
        this.table = table;
        created = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task<LedgerEntry?> FindAsync(DateOnly date, string subscriberId, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<LedgerEntity>(DeliveryDates.Key(date), subscriberId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? row.Value!.ToEntry(row.Value.ETag) : null;
    }

    public async Task<LedgerEntry?> TryAddAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entity = LedgerEntity.From(entry with { Version = null });
        try
        {
            var response = await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return entity.ToEntry(response.Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag."));
        }
        catch (RequestFailedException ex) when (ex.Status == Conflict)
        {
            return null;
        }
    }

    public async Task<LedgerEntry?> TryUpdateAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Version is null) throw new ArgumentException("A conditional update needs the entry's version.", nameof(entry));
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entity = LedgerEntity.From(entry);
        try
        {
            var response = await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return entity.ToEntry(response.Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag."));
        }
        catch (RequestFailedException ex) when (ex.Status is PreconditionFailed or NotFound)
        {
            return null;
        }
    }

    /// <summary>An entity-group transaction: both rows are in the day's partition, and Table Storage applies all or none.</summary>
    public async Task<LedgerEntry?> TryUpdateAndAddAsync(LedgerEntry update, LedgerEntry add, CancellationToken cancellationToken)
    {
        if (update.Version is null) throw new ArgumentException("A conditional update needs the entry's version.", nameof(update));
        if (update.Date != add.Date) throw new ArgumentException("One transaction holds rows of one day (one partition).", nameof(add));
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var replaced = LedgerEntity.From(update);
        var added = LedgerEntity.From(add with { Version = null });
        try
        {
            var response = await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateReplace, replaced, replaced.ETag), new TableTransactionAction(TableTransactionActionType.Add, added)],
                cancellationToken).ConfigureAwait(false);
            return added.ToEntry(response.Value[1].Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag."));
        }
        catch (TableTransactionFailedException ex) when (ex.Status is Conflict or PreconditionFailed or NotFound)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<LedgerEntry> ListAsync(DateOnly date, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var day = DeliveryDates.Key(date);
        await foreach (var row in table.QueryAsync<LedgerEntity>(e => e.PartitionKey == day, cancellationToken: cancellationToken).ConfigureAwait(false))
            yield return row.ToEntry(row.ETag);
    }
}
