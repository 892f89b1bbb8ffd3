using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>Hands one email to a mail service (SMTP today; an SDK-based sender can implement the same port).</summary>
public interface IEmailSender
{
    /// <summary>Returns once the service has accepted the message.</summary>
    /// <exception cref="EmailSendException">Not accepted; <see cref="EmailSendException.Failure"/> says if a retry can help.</exception>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
