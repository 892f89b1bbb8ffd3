namespace Reports.Domain.Market;

/// <summary>A provider response exactly as received, kept for audit and replay.</summary>
/// <param name="RequestUri">The request URI with any API key removed.</param>
public sealed record RawResponse(string RequestUri, int StatusCode, string ContentType, byte[] Body, DateTimeOffset ReceivedAt);
