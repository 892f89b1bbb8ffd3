using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Infrastructure.Storage;

namespace Reports.Infrastructure.Subscribers;

/// <summary>Subscribers in Azure Table Storage (docs/email.md describes the table).</summary>
public sealed class TableSubscriberStore : ISubscriberStore
{
    private const int NotFound = 404;
    private readonly TableClient table;
    private readonly CreateOnce created;

    public TableSubscriberStore(TableClient table)
    {
        this.table = table;
        created = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(SubscriberEntity.From(subscriber), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Subscriber?> FindAsync(string subscriberId, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<SubscriberEntity>(SubscriberEntity.Partition, subscriberId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? row.Value!.ToSubscriber() : null;
    }

    public async Task<Subscriber?> FindByUnsubscribeTokenAsync(string token, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        // A partition scan: unsubscribing is rare, and a second index row would have to be kept in step.
        var filter = TableClient.CreateQueryFilter<SubscriberEntity>(e => e.PartitionKey == SubscriberEntity.Partition && e.UnsubscribeToken == token);
        await foreach (var row in table.QueryAsync<SubscriberEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
            return row.ToSubscriber();
        return null;
    }

    public async Task<bool> RemoveAsync(string subscriberId, CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.DeleteEntityAsync(SubscriberEntity.Partition, subscriberId, ETag.All, cancellationToken).ConfigureAwait(false);
            return response.Status != NotFound;
        }
        catch (RequestFailedException ex) when (ex.Status == NotFound)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<Subscriber> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter<SubscriberEntity>(e => e.PartitionKey == SubscriberEntity.Partition);
        await foreach (var row in table.QueryAsync<SubscriberEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            yield return row.ToSubscriber();
    }
}
