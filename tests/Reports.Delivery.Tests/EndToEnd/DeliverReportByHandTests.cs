using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;

namespace Reports.Delivery.Tests.EndToEnd;

[Collection(DeliveryServers.Name)]
public sealed class DeliverReportByHandTests(Smtp4devServer smtp)
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 2, 6, 9, 0, 0, TimeSpan.Zero));

    private DeliverReportByHand Deliver(InMemorySubscribers subscribers, MailKitEmailSender sender, InMemoryLedger? ledger = null) =>
        new(subscribers, new FixedReportEditions(SampleReport.Edition()), sender, new Reports.Rendering.Email.ReportEmailComposer(),
            ledger ?? new InMemoryLedger(), SampleReport.Settings, clock);

    [Fact]
    public async Task Sends_to_any_address_with_its_own_message_id_and_honours_a_subscribers_format()
    {
        var subscribers = new InMemorySubscribers();
        await subscribers.SaveAsync(new Subscriber(SubscriberId.For("sub@byhand.example.com"), "sub@byhand.example.com", ["BTC"], EmailFormat.LinkOnly, "tok", default), default);
        await using var sender = DeliveryRig.SenderTo(smtp.SmtpPort, clock);

        var stranger = await Deliver(subscribers, sender).RunAsync(SampleReport.Day, "Someone@ByHand.example.com", default);
        var subscriber = await Deliver(subscribers, sender).RunAsync(SampleReport.Day, "sub@byhand.example.com", default);

        Assert.Equal(DeliveryOutcome.Sent, stranger.Outcome);
        Assert.Equal($"flow-report-2026-02-05.{SubscriberId.For("someone@byhand.example.com")}.manual-{clock.GetUtcNow().ToUnixTimeMilliseconds()}@reports.example.com", stranger.MessageId);
        var received = await smtp.WaitForMessagesAsync("byhand.example.com", 2);
        var toStranger = await smtp.MessageAsync(received.Single(m => m.To.Contains("Someone@byhand.example.com")).Id);
        Assert.Equal(1, received.Single(m => m.To.Contains("Someone@byhand.example.com")).AttachmentCount);
        Assert.Null(toStranger.Header("List-Unsubscribe"));
        Assert.Equal(0, received.Single(m => m.To.Contains("sub@byhand.example.com")).AttachmentCount);
        Assert.Equal(DeliveryOutcome.Sent, subscriber.Outcome);
    }

    [Fact]
    public async Task Refuses_an_invalid_address_and_reports_a_missing_report()
    {
        await using var sender = DeliveryRig.SenderTo(smtp.SmtpPort, clock);

        var invalid = await Deliver(new InMemorySubscribers(), sender).RunAsync(SampleReport.Day, "nobody@", default);
        var missing = await Deliver(new InMemorySubscribers(), sender).RunAsync(SampleReport.Day.AddDays(-1), "a@byhand2.example.com", default);

        Assert.Equal((DeliveryOutcome.Rejected, "'nobody@' is not a usable address: the domain after '@' is empty"), (invalid.Outcome, invalid.Detail));
        Assert.Equal((DeliveryOutcome.ReportNotFound, "the report for 2026-02-04 has not been built"), (missing.Outcome, missing.Detail));
        Assert.Empty(await smtp.MessagesForDomainAsync("byhand2.example.com"));
    }

    [Fact]
    public async Task A_send_is_recorded_in_the_ledger_and_not_repeated_unless_forced()
    {
        var ledger = new InMemoryLedger();
        await using var sender = DeliveryRig.SenderTo(smtp.SmtpPort, clock);
        var deliver = Deliver(new InMemorySubscribers(), sender, ledger);

        var first = await deliver.RunAsync(SampleReport.Day, "once@byhand3.example.com", default);
        await smtp.WaitForMessagesAsync("byhand3.example.com", 1);
        var again = await deliver.RunAsync(SampleReport.Day, "once@byhand3.example.com", default);
        clock.Advance(TimeSpan.FromMinutes(1));
        var forced = await deliver.RunAsync(SampleReport.Day, "once@byhand3.example.com", force: true, default);
        var received = await smtp.WaitForMessagesAsync("byhand3.example.com", 2);

        Assert.Equal(DeliveryOutcome.Sent, first.Outcome);
        var entry = await ledger.FindAsync(SampleReport.Day, SubscriberId.For("once@byhand3.example.com"), default);
        Assert.Equal((DeliveryState.Sent, forced.MessageId), (entry!.State, entry.MessageId));
        Assert.Equal(DeliveryOutcome.AlreadySent, again.Outcome);
        Assert.Equal($"not sent: the 2026-02-05 report to once@byhand3.example.com was already sent at 2026-02-06 09:00 UTC as {first.MessageId}; --force sends it again", again.Detail);
        Assert.Equal(DeliveryOutcome.Sent, forced.Outcome);
        Assert.NotEqual(first.MessageId, forced.MessageId);
        Assert.Equal(2, received.Count);
    }
}
