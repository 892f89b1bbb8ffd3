using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;

namespace Reports.Delivery.Tests.EndToEnd;

/// <summary>
/// The fan-out's batches on the real stack (Azurite tables and queues, MailKit to smtp4dev), with the clock at the
/// timer's run the morning after the report day: exactly once per reader, no subscriber reads, unsubscribes honoured
/// while requests are queued, and a batch that stops halfway sending only the rest when the host delivers it again.
/// </summary>
[Collection(DeliveryServers.Name)]
public sealed class BatchDeliveryTests(Smtp4devServer smtp, AzuriteServer azurite)
{
    private static readonly DateOnly Day = SampleReport.Day;

    private static FakeTimeProvider MorningAfter() => new(new DateTimeOffset(2026, 2, 6, 1, 0, 0, TimeSpan.Zero));

    private static async Task<List<Subscriber>> AddAsync(DeliveryRig rig, int count)
    {
        var added = new List<Subscriber>();
        foreach (var i in Enumerable.Range(0, count))
            added.Add((await rig.Manage.AddAsync(rig.Address($"reader{i:000}"), null, EmailFormat.PdfAttached, default)).Subscriber!);
        return added;
    }

    [Fact]
    public async Task A_fan_out_of_120_queues_three_batches_and_every_reader_gets_one_email_without_a_subscriber_read()
    {
        var clock = MorningAfter();
        await using var rig = new DeliveryRig(azurite, smtp, "batch", time: clock);
        var readers = await AddAsync(rig, 120);

        var fanOut = await rig.FanOut.RunAsync(Day, default);
        var messages = (await rig.Storage.Requests.PeekMessagesAsync(32)).Value;
        var results = await rig.PumpAsync(parallel: 2);

        Assert.Equal(120, fanOut.Queued);
        Assert.Equal([20, 50, 50], messages.Select(m => EmailRequestJson.ReadMessage(m.Body.ToString()).Count).Order());
        Assert.Equal(120, results.Count(r => r.Outcome == DeliveryOutcome.Sent));
        Assert.Equal(0, rig.SubscriberReads.Finds);
        var received = await rig.ReceivedAfterMarkerAsync(smtp, expected: 120);
        Assert.Equal(readers.Select(r => r.Address).Order(), received.Select(m => Assert.Single(m.To)).Order());
        var ledger = await rig.Ledger.ListAsync(Day, default).ToListAsync();
        Assert.Equal(120, ledger.Count(e => e is { State: DeliveryState.Sent, Attempts: 1, LeaseUntil: null }));
        Assert.Equal(readers.Select(r => ReportEmailMessageId(r)).Order(), ledger.Select(e => e.MessageId).Order());

        // The timer fires again: every request of the new batches finds its delivery done.
        await rig.FanOut.RunAsync(Day, default);
        var rerun = await rig.PumpAsync(parallel: 2);
        Assert.Equal(120, rerun.Count(r => r.Outcome == DeliveryOutcome.AlreadySent));
        Assert.Equal(120, (await rig.ReceivedAfterMarkerAsync(smtp, expected: 120)).Count);
    }

    [Fact]
    public async Task A_batch_stopped_by_storage_halfway_sends_only_the_rest_on_redelivery_and_never_resends_the_unmarked_one()
    {
        var clock = MorningAfter();
        FaultyLedger? faulty = null;
        await using var rig = new DeliveryRig(azurite, smtp, "halfway", time: clock, ledger: l => faulty = new FaultyLedger(l));
        var readers = await AddAsync(rig, 8);
        var order = readers.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(); // the fan-out lists by row key
        await rig.FanOut.RunAsync(Day, default);
        // Writes, each made while the server takes an email: 1 claims the first reader (before its send), 2 claims the
        // second during the first send, 3 marks the first and claims the third during the second send, 4 marks the
        // second and claims the fourth during the third send (fails); the stop then marks the second alone (5, fails
        // too) and the third (6): storage is gone for two writes after three emails went out.
        faulty!.FailFrom = 4;
        faulty.Failures = 2;

        var results = await rig.PumpAsync();

        // The first delivery threw (nothing returned); the second: the first and third sent before, the second held by
        // the lost attempt, the rest sent now.
        Assert.Equal(
            [DeliveryOutcome.AlreadySent, DeliveryOutcome.Deferred, DeliveryOutcome.AlreadySent, .. Enumerable.Repeat(DeliveryOutcome.Sent, 5)],
            results.Select(r => r.Outcome));
        var received = await rig.ReceivedAfterMarkerAsync(smtp, expected: 8);
        Assert.Equal(readers.Select(r => r.Address).Order(), received.Select(m => Assert.Single(m.To)).Order());
        var rows = (await rig.Ledger.ListAsync(Day, default).ToListAsync()).ToDictionary(e => e.SubscriberId);
        // The second reader's email went out but its mark was lost: the one row in Sending (outcome unknown after the lease, never re-sent).
        Assert.Equal(DeliveryState.Sending, rows[order[1].Id].State);
        Assert.Single(rows.Values, e => e.State == DeliveryState.Sending);
        Assert.Equal(7, rows.Values.Count(e => e.State == DeliveryState.Sent));
        // Its deferred request comes back after the lease and is parked for a person, not sent.
        clock.Advance(DeliveryPolicy.Default.ClaimLease + TimeSpan.FromMinutes(1));
        var later = await rig.Send.RunAsync(EmailRequest.For(Day, order[1]), default);
        Assert.Equal(DeliveryOutcome.Poisoned, later.Outcome);
        Assert.Equal(8, (await rig.ReceivedAfterMarkerAsync(smtp, expected: 8)).Count);
    }

    [Fact]
    public async Task A_reader_who_unsubscribes_after_the_fan_out_gets_nothing_and_gets_the_next_one_after_subscribing_again()
    {
        var clock = MorningAfter();
        await using var rig = new DeliveryRig(azurite, smtp, "unsub", time: clock);
        var readers = await AddAsync(rig, 3);
        await rig.FanOut.RunAsync(Day, default);

        // The link in yesterday's email, opened while today's requests (with the reader's snapshot) wait in the queue.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SubscriberChangeKind.Removed, (await rig.Manage.UnsubscribeAsync(readers[1].UnsubscribeToken, default)).Kind);
        var results = await rig.PumpAsync();

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.Sent, DeliveryOutcome.NotSubscribed], results.Select(r => r.Outcome).Order());
        Assert.Equal(0, rig.SubscriberReads.Finds);
        Assert.Equal([readers[0].Address, readers[2].Address], (await rig.ReceivedAfterMarkerAsync(smtp, expected: 2)).Select(m => Assert.Single(m.To)).Order());
        var closed = await rig.Ledger.FindAsync(Day, readers[1].Id, default);
        Assert.Equal((DeliveryState.Rejected, InFlight.Unsubscribed), (closed!.State, closed.LastError));

        // Subscribing again an hour later reopens the day for the new subscription (a re-run of the fan-out sends it).
        clock.Advance(TimeSpan.FromHours(1));
        var again = (await rig.Manage.AddAsync(readers[1].Address, null, EmailFormat.LinkOnly, default)).Subscriber!;
        await rig.FanOut.RunAsync(Day, default);
        var rerun = await rig.PumpAsync();

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.AlreadySent, DeliveryOutcome.AlreadySent], rerun.Select(r => r.Outcome).Order());
        var received = await rig.ReceivedAfterMarkerAsync(smtp, expected: 3);
        Assert.Equal(0, Assert.Single(received, m => m.To.Contains(again.Address)).AttachmentCount);
    }

    [Fact]
    public async Task A_message_in_the_old_single_form_or_for_a_day_outside_the_window_reads_the_subscriber()
    {
        var clock = MorningAfter();
        await using var rig = new DeliveryRig(azurite, smtp, "oldform", time: clock);
        var readers = await AddAsync(rig, 2);
        await rig.Storage.Requests.CreateIfNotExistsAsync();
        // Written by the previous version: no batch, no snapshot.
        await rig.Storage.Requests.SendMessageAsync($"{{\"date\":\"2026-02-05\",\"subscriberId\":\"{readers[0].Id}\",\"attempt\":1}}");

        var old = await rig.PumpAsync();

        Assert.Equal(DeliveryOutcome.Sent, Assert.Single(old).Outcome);
        Assert.Equal(1, rig.SubscriberReads.Finds);

        // A snapshot for a report day older than the window an unsubscribe closes is not trusted: the reader left
        // without the ledger (a store edit), and the lookup finds them gone.
        clock.Advance(TimeSpan.FromDays(InFlight.Days + 2));
        await rig.Subscribers.RemoveAsync(readers[1].Id, default);
        await rig.Queue.EnqueueAsync(EmailRequest.For(Day, readers[1]), TimeSpan.Zero, default);
        var stale = await rig.PumpAsync();

        Assert.Equal(DeliveryOutcome.NotSubscribed, Assert.Single(stale).Outcome);
        Assert.Equal(2, rig.SubscriberReads.Finds);
        Assert.Equal([readers[0].Address], (await rig.ReceivedAfterMarkerAsync(smtp, expected: 1)).Select(m => Assert.Single(m.To)));
    }

    [Fact]
    public async Task Fifty_readers_with_the_longest_addresses_fit_one_message_and_a_larger_batch_is_split_under_the_limit()
    {
        await using var rig = new DeliveryRig(azurite, smtp, "size");
        var local = new string('r', 60);
        var domain = string.Join('.', Enumerable.Range(0, 3).Select(i => new string((char)('a' + i), 60))) + ".example";
        Subscriber Reader(int i)
        {
            var address = $"{local}{i:000}@{domain}";
            return new Subscriber(SubscriberId.For(address), address, ["BTC", "ETH", "SOL", "XRP", "BNB", "DOGE", "ADA", "TRX", "AVAX", "LINK"],
                EmailFormat.PdfAttached, ManageSubscribers.NewUnsubscribeToken(), DateTimeOffset.UnixEpoch, EmailCadence.Weekly, DayOfWeek.Wednesday);
        }
        Assert.Equal(254, Reader(0).Address.Length); // the longest address EmailAddressRules accepts
        var fifty = Enumerable.Range(0, FanOutDailyEmails.MaxPerMessage).Select(i => EmailRequest.For(Day, Reader(i))).ToList();
        var huge = EmailRequest.For(Day, Reader(999) with { Assets = Enumerable.Range(0, 5000).Select(i => $"COIN{i}").ToList() });

        await rig.Queue.EnqueueAsync(fifty, TimeSpan.Zero, default);
        await rig.Queue.EnqueueAsync([.. fifty, .. fifty, huge], TimeSpan.Zero, default);

        var messages = (await rig.Storage.Requests.ReceiveMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
        Assert.All(messages, m => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(m), 1, StorageQueueEmailRequests.MaxMessageBytes));
        var read = messages.Select(EmailRequestJson.ReadMessage).ToList();
        Assert.Contains(read, m => m.Count == FanOutDailyEmails.MaxPerMessage); // the first enqueue: one message
        Assert.Equal(2 * FanOutDailyEmails.MaxPerMessage + FanOutDailyEmails.MaxPerMessage + 1, read.Sum(m => m.Count));
        var all = read.SelectMany(m => m).ToList();
        var first = all.First(r => r.SubscriberId == fifty[7].SubscriberId).Reader!;
        Assert.Equal((fifty[7].Reader!.Address, fifty[7].Reader!.UnsubscribeToken, EmailCadence.Weekly, DayOfWeek.Wednesday), (first.Address, first.UnsubscribeToken, first.Cadence, first.DigestDay));
        Assert.Equal(fifty[7].Reader!.Assets, first.Assets);
        // The reader no message could hold travels without its snapshot: its send looks the subscriber up.
        Assert.Null(Assert.Single(all, r => r.SubscriberId == huge.SubscriberId).Reader);

        // The bound is the service's: 48 KiB of text is 64 KiB once Base64-encoded, and one byte more is refused.
        await rig.Storage.Requests.SendMessageAsync(new string('x', StorageQueueEmailRequests.MaxMessageBytes));
        var tooLarge = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => rig.Storage.Requests.SendMessageAsync(new string('x', StorageQueueEmailRequests.MaxMessageBytes + 1)));
        Assert.InRange(tooLarge.Status, 400, 413); // Azure says 400 (MessageTooLarge), Azurite 413
    }

    private static string ReportEmailMessageId(Subscriber reader) =>
        Reports.Rendering.Email.ReportEmailComposer.MessageId(Day, reader.Id, SampleReport.Settings.MessageIdDomain);
}
