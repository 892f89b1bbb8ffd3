using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;

namespace Reports.Delivery.Tests.Domain;

/// <summary>The send use case's decisions, with in-memory ports (the real ones are in EndToEnd).</summary>
public sealed class SendReportEmailTests
{
    private readonly InMemorySubscribers subscribers = new();
    private readonly InMemoryLedger ledger = new();
    private readonly RecordingQueue queue = new();
    private readonly ScriptedSender sender = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 2, 6, 1, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<SendReportEmail> log = new();
    private readonly SendReportEmail send;
    private readonly Subscriber reader = new(SubscriberId.For("reader@example.com"), "reader@example.com", [], EmailFormat.PdfAttached, "t", default);

    public SendReportEmailTests()
    {
        subscribers.SaveAsync(reader, default).Wait();
        send = new SendReportEmail(subscribers, ledger, new FixedReportEditions(SampleReport.Edition()), sender, queue,
            new Reports.Rendering.Email.ReportEmailComposer(), SampleReport.Settings, DeliveryPolicy.Default, clock, log);
    }

    [Fact]
    public async Task Transient_failures_retry_with_growing_delays_then_poison_with_the_reason()
    {
        sender.Failure = _ => new EmailSendException(EmailFailure.Transient, "could not reach the SMTP server smtp.example.com:587: ConnectionRefused");
        var request = new EmailRequest(SampleReport.Day, reader.Id);
        var outcomes = new List<DeliveryOutcome>();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            outcomes.Add((await send.RunAsync(request with { Attempt = attempt }, default)).Outcome);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled, DeliveryOutcome.Poisoned], outcomes);
        Assert.Equal(
            [(2, TimeSpan.FromSeconds(30)), (3, TimeSpan.FromSeconds(60)), (4, TimeSpan.FromSeconds(120)), (5, TimeSpan.FromSeconds(240))],
            queue.Queued.Select(q => (q.Request.Attempt, q.Delay)));
        var poisoned = Assert.Single(queue.Poisoned);
        Assert.Equal(request with { Attempt = 5 }, poisoned.Request);
        Assert.Equal("gave up after 5 attempts; last error: could not reach the SMTP server smtp.example.com:587: ConnectionRefused", poisoned.Reason);
        var row = await ledger.FindAsync(SampleReport.Day, reader.Id, default);
        Assert.Equal((DeliveryState.Failed, 5), (row!.State, row.Attempts));
        Assert.Empty(sender.Sent);
        Assert.Contains(log.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("poison queue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_permanent_refusal_is_rejected_once_and_never_retried()
    {
        sender.Failure = _ => new EmailSendException(EmailFailure.Rejected, "smtp.example.com:587 refused the recipient reader@example.com: 550 mailbox unavailable",
            new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "mailbox unavailable"));

        var first = await send.RunAsync(new EmailRequest(SampleReport.Day, reader.Id), default);
        var again = await send.RunAsync(new EmailRequest(SampleReport.Day, reader.Id), default);

        Assert.Equal(DeliveryOutcome.Rejected, first.Outcome);
        Assert.Contains("550 mailbox unavailable", first.Detail);
        Assert.Equal(DeliveryOutcome.Rejected, again.Outcome);
        Assert.StartsWith("rejected earlier:", again.Detail);
        Assert.Empty(queue.Queued);
        Assert.Empty(queue.Poisoned);
        Assert.Equal(DeliveryState.Rejected, (await ledger.FindAsync(SampleReport.Day, reader.Id, default))!.State);
    }

    [Fact]
    public async Task A_missing_report_is_retried_like_any_transient_failure()
    {
        var result = await send.RunAsync(new EmailRequest(SampleReport.Day.AddDays(1), reader.Id), default);

        Assert.Equal(DeliveryOutcome.RetryScheduled, result.Outcome);
        Assert.Contains("the report for 2026-02-06 has not been built", result.Detail);
        Assert.Single(queue.Queued);
    }

    [Fact]
    public async Task A_request_for_someone_who_unsubscribed_sends_nothing()
    {
        var result = await send.RunAsync(new EmailRequest(SampleReport.Day, SubscriberId.For("gone@example.com")), default);

        Assert.Equal(DeliveryOutcome.NotSubscribed, result.Outcome);
        Assert.Empty(sender.Sent);
        Assert.Null(await ledger.FindAsync(SampleReport.Day, SubscriberId.For("gone@example.com"), default));
    }

    [Fact]
    public async Task A_request_arriving_while_another_attempt_sends_is_deferred_past_its_lease()
    {
        await ledger.ClaimAsync(SampleReport.Day, reader.Id, clock.GetUtcNow().AddMinutes(-4), TimeSpan.FromMinutes(10), default);

        var result = await send.RunAsync(new EmailRequest(SampleReport.Day, reader.Id), default);

        Assert.Equal(DeliveryOutcome.Deferred, result.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(6) + TimeSpan.FromSeconds(1), Assert.Single(queue.Queued).Delay);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task An_attempt_that_died_mid_send_is_not_repeated_but_poisoned_for_a_person()
    {
        await ledger.ClaimAsync(SampleReport.Day, reader.Id, clock.GetUtcNow().AddMinutes(-30), TimeSpan.FromMinutes(10), default);

        var result = await send.RunAsync(new EmailRequest(SampleReport.Day, reader.Id), default);

        Assert.Equal(DeliveryOutcome.Poisoned, result.Outcome);
        Assert.Contains("never reported back", Assert.Single(queue.Poisoned).Reason);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task Cancellation_gives_the_claim_back_so_the_redelivered_message_can_send()
    {
        using var cancel = new CancellationTokenSource();
        sender.Failure = _ =>
        {
            cancel.Cancel();
            return new OperationCanceledException(cancel.Token);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.RunAsync(new EmailRequest(SampleReport.Day, reader.Id), cancel.Token));
        sender.Failure = _ => null;
        var redelivered = await send.RunAsync(new EmailRequest(SampleReport.Day, reader.Id), default);

        Assert.Equal(DeliveryOutcome.Sent, redelivered.Outcome);
        Assert.Single(sender.Sent);
    }

    private async Task<List<Subscriber>> ReadersAsync(int count)
    {
        var readers = Enumerable.Range(0, count)
            .Select(i => new Subscriber(SubscriberId.For($"r{i}@example.com"), $"r{i}@example.com", [], EmailFormat.PdfAttached, $"t{i}", default)).ToList();
        foreach (var r in readers) await subscribers.SaveAsync(r, default);
        return readers;
    }

    [Fact]
    public async Task A_batch_of_five_costs_seven_ledger_writes_and_leaves_every_row_sent()
    {
        var readers = await ReadersAsync(5);

        var results = await send.RunAsync(readers.Select(r => EmailRequest.For(SampleReport.Day, r)).ToList(), default);

        Assert.All(results, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        Assert.Equal(readers.Select(r => r.Address), sender.Sent.Select(m => m.To));
        // The first claim, the second claim, three "mark the previous sent and claim the next" transactions, the last two marks.
        Assert.Equal(7, ledger.Writes);
        var rows = await ledger.ListAsync(SampleReport.Day, default).ToListAsync();
        Assert.Equal(5, rows.Count(e => e is { State: DeliveryState.Sent, LeaseUntil: null } && e.MessageId!.Contains(e.SubscriberId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task After_a_transient_failure_the_rest_of_the_batch_goes_with_its_retry_untried()
    {
        var readers = await ReadersAsync(4);
        sender.Failure = m => m.To == readers[1].Address ? new EmailSendException(EmailFailure.Transient, "could not reach the SMTP server: TimedOut") : null;

        var results = await send.RunAsync(readers.Select(r => EmailRequest.For(SampleReport.Day, r)).ToList(), default);

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled], results.Select(r => r.Outcome));
        Assert.Contains("not tried after the batch's previous send failed: could not reach the SMTP server: TimedOut", results[3].Detail);
        Assert.Equal([readers[0].Address], sender.Sent.Select(m => m.To));
        // One retry message, attempt 2 for all three, after the first retry delay.
        var retry = Assert.Single(queue.Messages);
        Assert.Equal(readers.Skip(1).Select(r => (r.Id, 2)), retry.Select(r => (r.SubscriberId, r.Attempt)));
        Assert.All(queue.Queued, q => Assert.Equal(TimeSpan.FromSeconds(30), q.Delay));
        // Reader 2 was claimed while reader 1's email was at the server, and given back; reader 3 was never claimed.
        var given = await ledger.FindAsync(SampleReport.Day, readers[2].Id, default);
        Assert.Equal((DeliveryState.Failed, "not tried after the batch's previous send failed: could not reach the SMTP server: TimedOut"), (given!.State, given.LastError));
        Assert.Null(await ledger.FindAsync(SampleReport.Day, readers[3].Id, default));
        Assert.Equal(DeliveryState.Sent, (await ledger.FindAsync(SampleReport.Day, readers[0].Id, default))!.State);

        // The retry sends all three, reader 2's row taken back from Failed.
        sender.Failure = _ => null;
        var retried = await send.RunAsync(retry, default);
        Assert.All(retried, r => Assert.Equal(DeliveryOutcome.Sent, r.Outcome));
        Assert.Equal(readers.Select(r => r.Address), sender.Sent.Select(m => m.To));
    }

    [Fact]
    public async Task A_duplicate_request_in_the_same_batch_finds_the_email_sent_not_in_progress()
    {
        var request = EmailRequest.For(SampleReport.Day, reader);

        var results = await send.RunAsync([request, request with { }], default);

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.AlreadySent], results.Select(r => r.Outcome));
        Assert.Single(sender.Sent);
        Assert.Empty(queue.Queued);
    }

    [Fact]
    public async Task The_ledger_is_written_while_the_server_takes_each_email_not_between_sends()
    {
        var readers = await ReadersAsync(3);
        var name = readers.Select((r, i) => (r.Id, $"r{i}")).ToDictionary();
        var events = new ConcurrentQueue<string>();
        var recording = new RecordingLedger(ledger, events, id => name[id]);
        var batch = new SendReportEmail(subscribers, recording, new FixedReportEditions(SampleReport.Edition()), sender, queue,
            new Reports.Rendering.Email.ReportEmailComposer(), SampleReport.Settings, DeliveryPolicy.Default, clock, log);
        sender.Failure = m =>
        {
            events.Enqueue("send " + name[readers.Single(r => r.Address == m.To).Id]);
            return null;
        };

        await batch.RunAsync(readers.Select(r => EmailRequest.For(SampleReport.Day, r)).ToList(), default);

        // Each email's neighbours are written before it is handed over, never after it while the next one waits.
        Assert.Equal(["add r0", "add r1", "send r0", "mark r0 + add r2", "send r1", "mark r1", "send r2", "mark r2"], events);
    }

    [Fact]
    public async Task A_retry_after_an_unsubscribe_that_found_the_row_failed_looks_the_reader_up_and_sends_nothing()
    {
        var manage = new ManageSubscribers(subscribers, clock, ledger: ledger);
        sender.Failure = _ => new EmailSendException(EmailFailure.Transient, "connection refused");
        var first = await send.RunAsync(EmailRequest.For(SampleReport.Day, reader), default);
        // The unsubscribe leaves the failed row alone (its insert for the day fails) and removes the reader.
        Assert.Equal(SubscriberChangeKind.Removed, (await manage.RemoveAsync(reader.Address, default)).Kind);
        sender.Failure = _ => null;

        var retry = await send.RunAsync(Assert.Single(queue.Queued).Request, default);

        Assert.Equal((DeliveryOutcome.RetryScheduled, DeliveryOutcome.NotSubscribed), (first.Outcome, retry.Outcome));
        Assert.Empty(sender.Sent);
        var row = await ledger.FindAsync(SampleReport.Day, reader.Id, default);
        Assert.Equal((DeliveryState.Rejected, InFlight.Unsubscribed), (row!.State, row.LastError));
        // The other days an email may be queued for are closed too, from a day before the window to a day after today.
        var closed = new List<DateOnly>();
        foreach (var day in Enumerable.Range(-InFlight.Days - 2, InFlight.Days + 5).Select(d => new DateOnly(2026, 2, 6).AddDays(d)))
            if (await ledger.FindAsync(day, reader.Id, default) is { State: DeliveryState.Rejected }) closed.Add(day);
        Assert.Equal(new DateOnly(2026, 2, 6).AddDays(-InFlight.Days - 1), closed.Min());
        Assert.Equal(new DateOnly(2026, 2, 7), closed.Max());
        Assert.Equal(InFlight.Days + 3, closed.Count);
    }

    [Fact]
    public async Task A_batch_whose_next_row_exists_falls_back_to_single_writes_and_sends_the_others()
    {
        var readers = await ReadersAsync(3);
        // Reader 1 got the day's email from an earlier message.
        var earlier = await ledger.ClaimAsync(SampleReport.Day, readers[1].Id, clock.GetUtcNow(), DeliveryPolicy.Default.ClaimLease, default);
        await ledger.MarkSentAsync(earlier.Entry, "earlier@x", clock.GetUtcNow(), default);

        var results = await send.RunAsync(readers.Select(r => EmailRequest.For(SampleReport.Day, r)).ToList(), default);

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.AlreadySent, DeliveryOutcome.Sent], results.Select(r => r.Outcome));
        Assert.Equal([readers[0].Address, readers[2].Address], sender.Sent.Select(m => m.To));
        var rows = await ledger.ListAsync(SampleReport.Day, default).ToListAsync();
        Assert.All(rows, e => Assert.Equal(DeliveryState.Sent, e.State));
        Assert.Equal("earlier@x", rows.Single(e => e.SubscriberId == readers[1].Id).MessageId);
    }

    [Fact]
    public async Task A_host_shutdown_mid_batch_records_the_sent_email_gives_the_claim_back_and_the_redelivery_sends_only_the_rest()
    {
        var readers = await ReadersAsync(4);
        var batch = readers.Select(r => EmailRequest.For(SampleReport.Day, r)).ToList();
        using var cancel = new CancellationTokenSource();
        sender.Failure = m =>
        {
            if (m.To != readers[2].Address) return null;
            cancel.Cancel();
            return new OperationCanceledException(cancel.Token);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.RunAsync(batch, cancel.Token));
        var afterStop = (await ledger.ListAsync(SampleReport.Day, default).ToListAsync()).ToDictionary(e => e.SubscriberId, e => e.State);
        sender.Failure = _ => null;
        var redelivered = await send.RunAsync(batch, default);

        // Readers 0 and 1 went out before the stop (1 marked by the stop itself), 2 was given back, and so was 3, claimed
        // while 2 was being sent: no row is left in Sending.
        Assert.Equal(DeliveryState.Sent, afterStop[readers[0].Id]);
        Assert.Equal(DeliveryState.Sent, afterStop[readers[1].Id]);
        Assert.Equal(DeliveryState.Failed, afterStop[readers[2].Id]);
        Assert.Equal(DeliveryState.Failed, afterStop[readers[3].Id]);
        Assert.Equal([DeliveryOutcome.AlreadySent, DeliveryOutcome.AlreadySent, DeliveryOutcome.Sent, DeliveryOutcome.Sent], redelivered.Select(r => r.Outcome));
        Assert.Equal(readers.Select(r => r.Address), sender.Sent.Select(m => m.To));
    }
}
