namespace Reports.Domain.Delivery;

/// <summary>What lands in the poison queue when every attempt failed: the request and why it could not be sent.</summary>
public sealed record FailedEmailRequest(EmailRequest Request, string Reason, DateTimeOffset FailedAt);
