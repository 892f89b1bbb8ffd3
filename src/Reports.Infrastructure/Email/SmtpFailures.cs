using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Sorts MailKit's exceptions into "try again later" and "never": only a permanent (5xx) refusal of this recipient
/// or this message is final. A refused sender or login is a settings problem that a fix makes good, so it is retried.
/// </summary>
internal static class SmtpFailures
{
    public static EmailSendException Describe(Exception ex, SmtpOptions options)
    {
        var server = $"{options.Host}:{options.Port}";
        return ex switch
        {
            EmailSendException known => known,
            SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } c when IsPermanent(c) =>
                new(EmailFailure.Rejected, $"{server} refused the recipient {c.Mailbox}: {(int)c.StatusCode} {c.Message}", ex),
            SmtpCommandException { ErrorCode: SmtpErrorCode.MessageNotAccepted } c when IsPermanent(c) =>
                new(EmailFailure.Rejected, $"{server} refused the message: {(int)c.StatusCode} {c.Message}", ex),
            SmtpCommandException c =>
                new(EmailFailure.Transient, $"{server} answered {(int)c.StatusCode} ({c.ErrorCode}): {c.Message}", ex),
            AuthenticationException =>
                new(EmailFailure.Transient, $"{server} did not accept the login for '{options.UserName}': {ex.Message} (check Email:Smtp:UserName and Password)", ex),
            SslHandshakeException =>
                new(EmailFailure.Transient, $"TLS handshake with {server} failed ({options.Security}): {ex.Message}", ex),
            SocketException s =>
                new(EmailFailure.Transient, $"could not reach the SMTP server {server}: {s.SocketErrorCode} ({s.Message})", ex),
            SmtpProtocolException or ServiceNotConnectedException or IOException or TimeoutException or OperationCanceledException =>
                new(EmailFailure.Transient, $"the connection to {server} failed: {ex.Message}", ex),
            _ => new(EmailFailure.Transient, $"sending through {server} failed: {ex.GetType().Name}: {ex.Message}", ex),
        };
    }

    private static bool IsPermanent(SmtpCommandException c) => (int)c.StatusCode >= 500;
}
