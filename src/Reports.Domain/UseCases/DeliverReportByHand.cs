using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Sends day D's report to one address now (the CLI's `deliver --to`). A deliberate resend: it bypasses the send
/// ledger and gets its own Message-ID so the mailbox does not drop it as a duplicate. A subscriber's preferences
/// apply; any other address gets every asset and the PDF.
/// </summary>
public sealed class DeliverReportByHand(
    ISubscriberStore subscribers,
    IReportEditionSource reports,
    IEmailSender sender,
    IReportEmailComposer composer,
    ReportEmailSettings settings,
    TimeProvider time,
    ILogger<DeliverReportByHand>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<DeliverReportByHand>.Instance;

    public async Task<DeliveryResult> RunAsync(DateOnly date, string address, CancellationToken cancellationToken)
    {
        var check = EmailAddressRules.Check(address);
        if (!check.IsValid)
        {
            log.LogWarning("Not sending the {Date} report to '{Address}': {Problem}", DeliveryDates.Key(date), address, check.Problem);
            return new DeliveryResult(DeliveryOutcome.Rejected, $"'{address}' is not a usable address: {check.Problem}");
        }

        var edition = await reports.FindAsync(date, cancellationToken).ConfigureAwait(false);
        if (edition is null) return new DeliveryResult(DeliveryOutcome.ReportNotFound, $"the report for {DeliveryDates.Key(date)} has not been built");

        var id = SubscriberId.For(check.Address!);
        var subscriber = await subscribers.FindAsync(id, cancellationToken).ConfigureAwait(false)
                         ?? new Subscriber(id, check.Address!, [], EmailFormat.PdfAttached, "", time.GetUtcNow());
        var message = composer.Compose(edition, subscriber with { Address = check.Address! }, settings);
        message = message with { MessageId = message.MessageId.Replace("@", $".manual-{time.GetUtcNow().ToUnixTimeMilliseconds()}@", StringComparison.Ordinal) };
        try
        {
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (EmailSendException ex)
        {
            log.LogWarning("Could not send the {Date} report to {Address}: {Reason}", DeliveryDates.Key(date), check.Address, ex.Message);
            return new DeliveryResult(ex.Failure == EmailFailure.Rejected ? DeliveryOutcome.Rejected : DeliveryOutcome.Failed, ex.Message);
        }
        log.LogInformation("Sent the {Date} report to {Address} by hand as {MessageId}", DeliveryDates.Key(date), check.Address, message.MessageId);
        return new DeliveryResult(DeliveryOutcome.Sent, $"sent to {check.Address}", message.MessageId);
    }
}
