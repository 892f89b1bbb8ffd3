using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;
using SendDailyReportFunction = Reports.Functions.Timers.SendDailyReport;
using Reports.Infrastructure.Email;

namespace Reports.Delivery.Tests.Functions;

public sealed class SendDailyReportFunctionTests
{
    private readonly InMemorySubscribers subscribers = new();
    private readonly RecordingQueue queue = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 2, 6, 1, 0, 0, TimeSpan.Zero));

    private readonly FakeLogger<SendDailyReportFunction> log = new();
    private SmtpOptions smtp = DeliveryRig.Smtp(25);

    private SendDailyReportFunction Function(params ReportEdition[] editions) =>
        new(new FanOutDailyEmails(subscribers, queue, new FixedReportEditions(editions)), Options.Create(smtp), clock, log);

    [Fact]
    public async Task Queues_one_request_per_subscriber_for_yesterdays_report()
    {
        foreach (var a in new[] { "a@example.com", "b@example.com", "c@example.com" })
            await subscribers.SaveAsync(new Subscriber(SubscriberId.For(a), a, [], EmailFormat.PdfAttached, "t", default), default);

        await Function(SampleReport.Edition()).RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), default);

        // One message for the three, each request carrying the subscriber as listed (the send reads no subscriber row).
        var message = Assert.Single(queue.Messages);
        Assert.Equal(
            new[] { "a@example.com", "b@example.com", "c@example.com" }.Select(a => (SampleReport.Day, SubscriberId.For(a), 1, a)).Order(),
            message.Select(r => (r.Date, r.SubscriberId, r.Attempt, r.Reader!.Address)).Order());
        Assert.All(message, r => Assert.Equal(r.SubscriberId, r.Reader!.Id));
        Assert.All(queue.Queued, q => Assert.Equal(TimeSpan.Zero, q.Delay));
    }

    [Fact]
    public async Task Does_nothing_but_say_so_while_email_is_off()
    {
        await subscribers.SaveAsync(new Subscriber("id", "a@example.com", [], EmailFormat.PdfAttached, "t", default), default);
        smtp = new SmtpOptions { Host = "" };

        await Function(SampleReport.Edition()).RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), default);

        Assert.Empty(queue.Queued);
        Assert.Equal("Email is off (no Email__Smtp__Host): no report emails queued for 2026-02-05", log.LatestRecord.Message);
    }

    [Fact]
    public async Task Fails_loudly_and_queues_nothing_when_the_report_was_not_built()
    {
        await subscribers.SaveAsync(new Subscriber("id", "a@example.com", [], EmailFormat.PdfAttached, "t", default), default);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Function().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), default));

        Assert.Equal("No emails sent: the report for 2026-02-05 has not been built (check BuildDailyReport).", failure.Message);
        Assert.Empty(queue.Queued);
    }
}
