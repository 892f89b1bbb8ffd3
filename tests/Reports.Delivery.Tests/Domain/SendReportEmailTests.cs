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
}
