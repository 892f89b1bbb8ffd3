namespace Reports.Domain.Delivery;

/// <summary>One finished email, independent of the transport: the sender adds the From address.</summary>
/// <param name="MessageId">Globally unique id (no angle brackets); the same report to the same reader always gets the
/// same id, so a mailbox that sees it twice can tell.</param>
/// <param name="Headers">Extra headers such as List-Unsubscribe.</param>
public sealed record EmailMessage(
    string To,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<EmailAttachment> Attachments,
    string MessageId,
    IReadOnlyList<EmailHeader> Headers);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public sealed record EmailHeader(string Name, string Value);
