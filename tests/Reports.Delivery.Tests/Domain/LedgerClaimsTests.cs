using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;

namespace Reports.Delivery.Tests.Domain;

public sealed class LedgerClaimsTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 6, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private readonly InMemoryLedger ledger = new();

    [Fact]
    public async Task First_claim_wins_and_a_second_sees_it_in_progress_until_the_lease_ends()
    {
        var first = await ledger.ClaimAsync(SampleReport.Day, "s1", Now, Lease, default);
        var second = await ledger.ClaimAsync(SampleReport.Day, "s1", Now.AddMinutes(9), Lease, default);
        var late = await ledger.ClaimAsync(SampleReport.Day, "s1", Now.AddMinutes(11), Lease, default);

        Assert.Equal(ClaimStatus.Claimed, first.Status);
        Assert.Equal(new LedgerEntry(SampleReport.Day, "s1", DeliveryState.Sending, 1, Now, Now + Lease, Version: "v1"), first.Entry);
        Assert.Equal(ClaimStatus.InProgress, second.Status);
        // The first attempt never reported back: sending again could deliver twice.
        Assert.Equal(ClaimStatus.OutcomeUnknown, late.Status);
    }

    [Fact]
    public async Task Sent_and_rejected_are_final()
    {
        var sent = await ledger.ClaimAsync(SampleReport.Day, "s1", Now, Lease, default);
        Assert.True(await ledger.MarkSentAsync(sent.Entry, "m1@x", Now, default));
        var rejected = await ledger.ClaimAsync(SampleReport.Day, "s2", Now, Lease, default);
        Assert.True(await ledger.RejectAsync(rejected.Entry, "invalid address", Now, default));

        var again = await ledger.ClaimAsync(SampleReport.Day, "s1", Now.AddDays(1), Lease, default);
        Assert.Equal(ClaimStatus.AlreadySent, again.Status);
        Assert.Equal("m1@x", again.Entry.MessageId);
        Assert.Equal(ClaimStatus.AlreadyRejected, (await ledger.ClaimAsync(SampleReport.Day, "s2", Now.AddDays(1), Lease, default)).Status);
        // Another day is another delivery.
        Assert.Equal(ClaimStatus.Claimed, (await ledger.ClaimAsync(SampleReport.Day.AddDays(1), "s1", Now, Lease, default)).Status);
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again_and_counts_the_attempt()
    {
        var first = await ledger.ClaimAsync(SampleReport.Day, "s1", Now, Lease, default);
        Assert.True(await ledger.ReleaseAsync(first.Entry, "connection refused", Now.AddSeconds(1), default));

        var retry = await ledger.ClaimAsync(SampleReport.Day, "s1", Now.AddSeconds(30), Lease, default);

        Assert.Equal(ClaimStatus.Claimed, retry.Status);
        Assert.Equal(2, retry.Entry.Attempts);
        Assert.Equal(DeliveryState.Sending, retry.Entry.State);
        Assert.Equal("connection refused", retry.Entry.LastError);
        // The first attempt's stale claim can no longer mark anything.
        Assert.False(await ledger.MarkSentAsync(first.Entry, "late@x", Now, default));
    }

    [Fact]
    public async Task Of_many_racing_attempts_exactly_one_claims()
    {
        var first = await ledger.ClaimAsync(SampleReport.Day, "s1", Now, Lease, default);
        await ledger.ReleaseAsync(first.Entry, "boom", Now, default);

        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => ledger.ClaimAsync(SampleReport.Day, "s1", Now, Lease, default))));

        Assert.Single(claims, c => c.Status == ClaimStatus.Claimed);
        Assert.All(claims.Where(c => c.Status != ClaimStatus.Claimed), c => Assert.Equal(ClaimStatus.InProgress, c.Status));
    }
}
