namespace Reports.Domain.Delivery;

/// <summary>The sender could not hand the message over. <see cref="Failure"/> says whether trying again can help.</summary>
public sealed class EmailSendException(EmailFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public EmailFailure Failure { get; } = failure;
}

public enum EmailFailure
{
    /// <summary>Server unreachable, busy (4xx), timed out, or misconfigured: a later attempt may succeed.</summary>
    Transient,

    /// <summary>The server refused this recipient or message for good (5xx): do not try again.</summary>
    Rejected,
}
