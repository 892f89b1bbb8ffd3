using MimeKit;
using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Email;

/// <summary>Turns the domain's <see cref="EmailMessage"/> into MIME: multipart/alternative (text, HTML) plus attachments.</summary>
internal static class MimeMessageBuilder
{
    public static MimeMessage Build(EmailMessage message, string from, string fromName, DateTimeOffset date)
    {
        if (!MailboxAddress.TryParse(message.To, out var to) || !string.Equals(to.Address, message.To, StringComparison.Ordinal))
            throw new EmailSendException(EmailFailure.Rejected, $"'{message.To}' is not an address the mail library accepts");

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.MessageId,
            Date = date,
        };
        mime.From.Add(new MailboxAddress(fromName, from));
        mime.To.Add(to);
        foreach (var header in message.Headers) mime.Headers.Add(header.Name, header.Value);

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
