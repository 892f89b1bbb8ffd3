using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Storage;

namespace Reports.Delivery.Tests.EndToEnd;

/// <summary>
/// The acceptance cases on the real stack: Table Storage and queues in Azurite, MailKit over SMTP to
/// smtp4dev, messages read back through smtp4dev's API.
/// </summary>
[Collection(DeliveryServers.Name)]
public sealed class EmailDeliveryTests(Smtp4devServer smtp, AzuriteServer azurite)
{
    private static readonly DateOnly Day = SampleReport.Day;

    [Fact]
    public async Task A_subscriber_gets_the_summary_and_the_archived_pdf_byte_for_byte()
    {
        // The daily build's output: the PDF in the blob report archive, built from the stored market data (no JSON
        // edition, as archived before it existed: the summary is rebuilt from the data).
        var storage = ReportsStorage.Open(azurite.ConnectionString, o => o.ReportsContainer = "reports" + Guid.NewGuid().ToString("N")[..8]);
        var pdf = SampleReport.Pdf(96 * 1024);
        await storage.Reports.SaveAsync(new RenderedReport(Day, "pdf", "application/pdf", pdf), default);
        var market = new SampleMarket();
        var report = await new BuildReport(market).RunAsync(new ReportRequest(Day), default);
        var article = report.Article;
        await using var rig = new DeliveryRig(azurite, smtp, "happy", new CachedReportEditionSource(new ArchivedReportEditionSource(new BuildReport(market), storage.Reports, new Reports.Rendering.Email.ReportEmailComposer()), TimeProvider.System));
        var reader = (await rig.Manage.AddAsync(rig.Address("reader"), ["eth"], EmailFormat.PdfAttached, default)).Subscriber!;

        var fanOut = await rig.FanOut.RunAsync(Day, default);
        var results = await rig.PumpAsync();

        Assert.Equal(1, fanOut.Queued);
        Assert.Equal(DeliveryOutcome.Sent, Assert.Single(results).Outcome);
        var summary = Assert.Single(await smtp.WaitForMessagesAsync(rig.Domain, 1));
        var message = await smtp.MessageAsync(summary.Id);
        Assert.Equal([reader.Address], message.To);
        Assert.Equal(article.Headline, message.Subject);
        Assert.Contains("reports@flow-reports.example.com", message.From);
        Assert.Equal($"<flow-report-2026-02-05.{reader.Id}@reports.example.com>", message.Header("Message-ID"));
        Assert.Equal($"<https://reports.example.com/api/unsubscribe?token={Uri.EscapeDataString(reader.UnsubscribeToken)}>", message.Header("List-Unsubscribe"));

        var html = await smtp.HtmlAsync(summary.Id);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(article.Headline), html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Reports.Rendering.Email.ReportEmailComposer.FirstParagraph(report)!), html);
        Assert.Contains(">ETH</th>", html);
        Assert.DoesNotContain(">BTC</th>", html);
        Assert.Contains("href=\"https://reports.example.com/api/archive/2026-02-05\"", html);
        var text = await smtp.PlainTextAsync(summary.Id);
        Assert.Contains(article.Standfirst, text);
        Assert.Contains("Read the full report: https://reports.example.com/api/archive/2026-02-05", text);

        var parts = message.AllParts().ToList();
        Assert.Contains(parts, p => p.Header("Content-Type")?.StartsWith("text/plain", StringComparison.Ordinal) == true);
        Assert.Contains(parts, p => p.Header("Content-Type")?.StartsWith("text/html", StringComparison.Ordinal) == true);
        var attachment = Assert.Single(parts, p => p.IsAttachment);
        Assert.Contains("filename=flow-report-2026-02-05.pdf", attachment.Header("Content-Disposition")?.Replace("\"", ""));
        Assert.StartsWith("application/pdf", attachment.Header("Content-Type"));
        Assert.Equal(pdf, await smtp.PartContentAsync(summary.Id, attachment.Id));

        var row = await rig.Ledger.FindAsync(Day, reader.Id, default);
        Assert.Equal((DeliveryState.Sent, 1, $"flow-report-2026-02-05.{reader.Id}@reports.example.com"), (row!.State, row.Attempts, row.MessageId));
    }

    [Fact]
    public async Task Smtp_server_down_is_retried_then_poisoned_with_the_reason_and_nothing_is_marked_sent()
    {
        var closedPort = LocalProcess.FreePort();
        await using var rig = new DeliveryRig(azurite, smtp, "down", smtpPort: closedPort);
        var reader = (await rig.Manage.AddAsync(rig.Address("reader"), null, EmailFormat.PdfAttached, default)).Subscriber!;

        await rig.FanOut.RunAsync(Day, default);
        var results = await rig.PumpAsync();

        Assert.Equal(
            [DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled, DeliveryOutcome.RetryScheduled, DeliveryOutcome.Poisoned],
            results.Select(r => r.Outcome));
        var poisoned = EmailRequestJson.ReadFailed(Assert.Single(await rig.PoisonMessagesAsync()));
        Assert.Equal(new EmailRequest(Day, reader.Id, 5), poisoned.Request);
        Assert.StartsWith($"gave up after 5 attempts; last error: could not reach the SMTP server 127.0.0.1:{closedPort}: ConnectionRefused", poisoned.Reason);
        var row = await rig.Ledger.FindAsync(Day, reader.Id, default);
        Assert.Equal((DeliveryState.Failed, 5, (string?)null), (row!.State, row.Attempts, row.MessageId));
        Assert.Contains("ConnectionRefused", row.LastError);
        Assert.Empty(await smtp.MessagesForDomainAsync(rig.Domain));
        Assert.Equal(5, rig.SendLog.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.StartsWith("Attempt ", StringComparison.Ordinal)));
        Assert.Contains(rig.SendLog.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("Moved the 2026-02-05 report for subscriber " + reader.Id + " to the poison queue"));
    }

    [Fact]
    public async Task When_the_server_comes_back_the_next_attempt_sends_exactly_once()
    {
        var closedPort = LocalProcess.FreePort();
        await using var down = new DeliveryRig(azurite, smtp, "recover", smtpPort: closedPort);
        var reader = (await down.Manage.AddAsync(down.Address("reader"), null, EmailFormat.PdfAttached, default)).Subscriber!;
        var first = await down.Send.RunAsync(new EmailRequest(Day, reader.Id), default);

        // Same storage, working server: the queued attempt 2 claims the released delivery.
        var up = new SendReportEmail(down.Subscribers, down.Ledger, down.Reports,
            DeliveryRig.SenderTo(smtp.SmtpPort, TimeProvider.System), down.Queue,
            new Reports.Rendering.Email.ReportEmailComposer(), SampleReport.Settings, DeliveryRig.ImmediateRetries, TimeProvider.System);
        var retry = EmailRequestJson.Read((await down.Storage.Requests.ReceiveMessagesAsync(1)).Value.Single().Body.ToString());
        var second = await up.RunAsync(retry, default);
        var third = await up.RunAsync(retry, default);

        Assert.Equal((DeliveryOutcome.RetryScheduled, DeliveryOutcome.Sent, DeliveryOutcome.AlreadySent), (first.Outcome, second.Outcome, third.Outcome));
        Assert.Equal(2, retry.Attempt);
        Assert.Single(await smtp.WaitForMessagesAsync(down.Domain, 1));
        Assert.Equal((DeliveryState.Sent, 2), ((await down.Ledger.FindAsync(Day, reader.Id, default))!.State, (await down.Ledger.FindAsync(Day, reader.Id, default))!.Attempts));
    }

    [Fact]
    public async Task Duplicate_queue_messages_and_a_rerun_timer_send_one_email()
    {
        await using var rig = new DeliveryRig(azurite, smtp, "dupes");
        var reader = (await rig.Manage.AddAsync(rig.Address("reader"), null, EmailFormat.PdfAttached, default)).Subscriber!;

        // The timer ran twice, and the queue delivered one message twice more (at-least-once delivery).
        await rig.FanOut.RunAsync(Day, default);
        await rig.FanOut.RunAsync(Day, default);
        await rig.Queue.EnqueueAsync(new EmailRequest(Day, reader.Id), TimeSpan.Zero, default);
        await rig.Queue.EnqueueAsync(new EmailRequest(Day, reader.Id), TimeSpan.Zero, default);
        var results = await rig.PumpAsync(parallel: 4);

        Assert.Equal(4, results.Count);
        Assert.Single(results, r => r.Outcome == DeliveryOutcome.Sent);
        // Racing copies either saw it sent, or saw the claim held and came back later (after the lease).
        Assert.All(results.Where(r => r.Outcome != DeliveryOutcome.Sent), r => Assert.Contains(r.Outcome, new[] { DeliveryOutcome.AlreadySent, DeliveryOutcome.Deferred }));
        Assert.Single(await rig.ReceivedAfterMarkerAsync(smtp, expected: 1));
        Assert.Empty(await rig.PoisonMessagesAsync());
    }

    [Fact]
    public async Task An_invalid_stored_address_is_rejected_with_a_clear_log_line_and_the_others_still_get_theirs()
    {
        await using var rig = new DeliveryRig(azurite, smtp, "invalid");
        await rig.Manage.AddAsync(rig.Address("good"), null, EmailFormat.PdfAttached, default);
        // Written straight to the table, as an import or a hand edit could: ManageSubscribers would have refused it.
        const string bad = "reader@invalid_domain";
        var badId = SubscriberId.For(bad);
        await rig.Subscribers.SaveAsync(new Subscriber(badId, bad, [], EmailFormat.PdfAttached, "t", DateTimeOffset.UnixEpoch), default);

        await rig.FanOut.RunAsync(Day, default);
        var results = await rig.PumpAsync();

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.Rejected], results.Select(r => r.Outcome).Order());
        var line = Assert.Single(rig.SendLog.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal($"Not sending the 2026-02-05 report to subscriber {badId}: invalid address 'reader@invalid_domain' " +
                     "(the domain 'invalid_domain' has no dot (e.g. example.com))", line.Message);
        var row = await rig.Ledger.FindAsync(Day, badId, default);
        Assert.Equal(DeliveryState.Rejected, row!.State);
        Assert.Contains("invalid address 'reader@invalid_domain'", row.LastError);
        Assert.Single(await smtp.WaitForMessagesAsync(rig.Domain, 1));
        Assert.Empty(await rig.PoisonMessagesAsync());
        // A second request for the same day does not try again.
        Assert.Equal(DeliveryOutcome.Rejected, (await rig.Send.RunAsync(new EmailRequest(Day, badId), default)).Outcome);
    }

    [Fact]
    public async Task A_hundred_subscribers_get_a_hundred_distinct_emails_once()
    {
        await using var rig = new DeliveryRig(azurite, smtp, "hundred");
        var addresses = Enumerable.Range(1, 100).Select(i => rig.Address($"reader{i:000}")).ToList();
        await Parallel.ForEachAsync(addresses, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (a, ct) => await rig.Manage.AddAsync(a, null, EmailFormat.PdfAttached, ct));

        var fanOut = await rig.FanOut.RunAsync(Day, default);
        var results = await rig.PumpAsync(parallel: 4);

        Assert.Equal(100, fanOut.Queued);
        Assert.Equal(100, results.Count(r => r.Outcome == DeliveryOutcome.Sent));
        var received = await smtp.WaitForMessagesAsync(rig.Domain, 100);
        Assert.Equal(addresses.Order(), received.Select(m => Assert.Single(m.To)).Order());
        Assert.All(received, m => Assert.Equal(1, m.AttachmentCount));
        var ledger = await rig.Ledger.ListAsync(Day, default).ToListAsync();
        Assert.Equal(100, ledger.Count(e => e.State == DeliveryState.Sent));
        Assert.Equal(100, ledger.Select(e => e.MessageId).Distinct().Count());

        // The timer fires again: every request finds its delivery done.
        await rig.FanOut.RunAsync(Day, default);
        var rerun = await rig.PumpAsync(parallel: 4);
        Assert.Equal(100, rerun.Count(r => r.Outcome == DeliveryOutcome.AlreadySent));
        Assert.Equal(100, (await smtp.MessagesForDomainAsync(rig.Domain)).Count);
    }

    [Fact]
    public async Task An_unreadable_queue_message_is_retried_by_the_host_and_poisoned_with_the_reason_logged()
    {
        await using var rig = new DeliveryRig(azurite, smtp, "garbage");
        await rig.Storage.Requests.CreateIfNotExistsAsync();
        await rig.Storage.Requests.SendMessageAsync("{\"date\":\"5 Feb\",\"subscriberId\":\"x\"}");

        var results = await rig.PumpAsync();

        Assert.Empty(results);
        Assert.Equal("{\"date\":\"5 Feb\",\"subscriberId\":\"x\"}", Assert.Single(await rig.PoisonMessagesAsync()));
        var logs = rig.FunctionLog.Collector.GetSnapshot();
        Assert.Equal(4, logs.Count(r => r.Level == LogLevel.Warning && r.Message.Contains("the host retries it", StringComparison.Ordinal)));
        var last = Assert.Single(logs, r => r.Level == LogLevel.Error);
        Assert.Contains("failed on its last attempt (5 of 5); it moves to email-requests-poison. Reason: The email request's date '5 Feb' is not yyyy-MM-dd.", last.Message);
    }
}
