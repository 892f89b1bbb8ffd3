using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Subscribers;

namespace Reports.Delivery.Tests.Infrastructure;

[Collection(DeliveryServers.Name)]
public sealed class TableStorageTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 2, 6, 1, 0, 0, TimeSpan.Zero);

    private EmailStorage Storage() => EmailStorage.Open(azurite.ConnectionString, new EmailStorageOptions
    {
        SubscribersTable = "subs" + Guid.NewGuid().ToString("N")[..12], LedgerTable = "ledger" + Guid.NewGuid().ToString("N")[..12],
    });

    [Fact]
    public async Task Subscribers_round_trip_with_every_field_and_can_be_found_by_token_and_removed()
    {
        var store = new TableSubscriberStore(Storage().Subscribers);
        var a = new Subscriber(SubscriberId.For("a/b#c?@example.com"), "a/b#c?@example.com", ["BTC", "ETH"], EmailFormat.LinkOnly, "tok-a", Now);
        var b = new Subscriber(SubscriberId.For("b@example.com"), "b@example.com", [], EmailFormat.PdfAttached, "tok-b", Now.AddDays(1));

        await store.SaveAsync(a, default);
        await store.SaveAsync(b, default);
        await store.SaveAsync(b with { Assets = ["SOL"] }, default);

        var found = await store.FindAsync(a.Id, default);
        Assert.Equal((a.Id, a.Address, a.Format, a.UnsubscribeToken, a.SubscribedAt), (found!.Id, found.Address, found.Format, found.UnsubscribeToken, found.SubscribedAt));
        Assert.Equal(["BTC", "ETH"], found.Assets);
        Assert.Equal(["SOL"], (await store.FindAsync(b.Id, default))!.Assets);
        Assert.Equal(b.Id, (await store.FindByUnsubscribeTokenAsync("tok-b", default))!.Id);
        Assert.Null(await store.FindByUnsubscribeTokenAsync("tok-x' or true", default));
        Assert.Equal(new[] { a.Id, b.Id }.Order(), (await store.ListAsync(default).ToListAsync()).Select(s => s.Id).Order());

        Assert.True(await store.RemoveAsync(a.Id, default));
        Assert.False(await store.RemoveAsync(a.Id, default));
        Assert.Null(await store.FindAsync(a.Id, default));
    }

    [Fact]
    public async Task The_ledger_insert_fails_when_the_row_exists_and_updates_need_the_current_etag()
    {
        var ledger = new TableSendLedger(Storage().Ledger);
        var entry = new LedgerEntry(SampleReport.Day, "s1", DeliveryState.Sending, 1, Now, Now.AddMinutes(10));

        var added = await ledger.TryAddAsync(entry, default);
        var again = await ledger.TryAddAsync(entry, default);
        var updated = await ledger.TryUpdateAsync(added! with { State = DeliveryState.Sent, MessageId = "m@x", LeaseUntil = null }, default);
        var stale = await ledger.TryUpdateAsync(added! with { State = DeliveryState.Failed }, default);

        Assert.NotNull(added!.Version);
        Assert.Null(again);
        Assert.NotNull(updated);
        Assert.NotEqual(added.Version, updated!.Version);
        Assert.Null(stale);
        var stored = await ledger.FindAsync(SampleReport.Day, "s1", default);
        Assert.Equal(updated, stored);
        Assert.Equal((DeliveryState.Sent, "m@x", (DateTimeOffset?)null), (stored!.State, stored.MessageId, stored.LeaseUntil));
    }

    [Fact]
    public async Task Racing_claims_on_the_real_table_let_exactly_one_attempt_send()
    {
        var ledger = new TableSendLedger(Storage().Ledger);
        var first = await ledger.ClaimAsync(SampleReport.Day, "s1", Now, TimeSpan.FromMinutes(10), default);
        await ledger.ReleaseAsync(first.Entry, "connection refused", Now, default);

        var fresh = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ledger.ClaimAsync(SampleReport.Day, "s2", Now, TimeSpan.FromMinutes(10), default)));
        var retried = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ledger.ClaimAsync(SampleReport.Day, "s1", Now, TimeSpan.FromMinutes(10), default)));

        Assert.Single(fresh, c => c.Status == ClaimStatus.Claimed);
        Assert.Single(retried, c => c.Status == ClaimStatus.Claimed);
        Assert.Equal(2, retried.Single(c => c.Status == ClaimStatus.Claimed).Entry.Attempts);
    }

    [Fact]
    public async Task The_mark_and_the_next_claim_are_one_transaction_that_writes_both_or_neither()
    {
        var ledger = new TableSendLedger(Storage().Ledger);
        var first = await ledger.TryAddAsync(new LedgerEntry(SampleReport.Day, "s1", DeliveryState.Sending, 1, Now, Now.AddMinutes(10)), default);
        var sent = first! with { State = DeliveryState.Sent, MessageId = "m1@x", LeaseUntil = null };
        var claimS2 = new LedgerEntry(SampleReport.Day, "s2", DeliveryState.Sending, 1, Now, Now.AddMinutes(10));

        var added = await ledger.TryUpdateAndAddAsync(sent, claimS2, default);

        Assert.Equal(claimS2 with { Version = added!.Version }, added);
        Assert.Equal(added, await ledger.FindAsync(SampleReport.Day, "s2", default));
        var s1 = await ledger.FindAsync(SampleReport.Day, "s1", default);
        Assert.Equal((DeliveryState.Sent, "m1@x"), (s1!.State, s1.MessageId));
        // The claim's row exists: the mark is not written either.
        var s2Sent = added with { State = DeliveryState.Sent, MessageId = "m2@x", LeaseUntil = null };
        Assert.Null(await ledger.TryUpdateAndAddAsync(s2Sent, claimS2 with { SubscriberId = "s1" }, default));
        Assert.Equal(DeliveryState.Sending, (await ledger.FindAsync(SampleReport.Day, "s2", default))!.State);
        // The mark's version is stale: the claim is not written either.
        Assert.Null(await ledger.TryUpdateAndAddAsync(sent, claimS2 with { SubscriberId = "s3" }, default));
        Assert.Null(await ledger.FindAsync(SampleReport.Day, "s3", default));
        Assert.Equal(2, (await ledger.ListAsync(SampleReport.Day, default).ToListAsync()).Count);
    }

    [Fact]
    public async Task An_alert_claim_holds_for_a_level_key_with_characters_a_table_key_may_not_hold()
    {
        var ledger = new TableAlertLedger(Storage().Ledger);
        const string key = "BTC_Nearest/Support#?_74420.5";

        Assert.True(await ledger.TryClaimAsync(new DateOnly(2026, 2, 6), key, "reader", Now, default));
        Assert.False(await ledger.TryClaimAsync(new DateOnly(2026, 2, 6), key, "reader", Now, default));
        await ledger.ReleaseAsync(new DateOnly(2026, 2, 6), key, "reader", default);
        Assert.True(await ledger.TryClaimAsync(new DateOnly(2026, 2, 6), key, "reader", Now, default));
    }
}
