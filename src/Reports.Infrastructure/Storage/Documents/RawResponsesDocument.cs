namespace Reports.Infrastructure.Storage.Documents;

/// <summary>The provider responses behind one source's day (raw/&lt;source&gt;/yyyy/MM/dd.json), kept for audit and replay.</summary>
internal sealed record RawResponsesDocument
{
    public const int CurrentSchema = 1;

    public required int Schema { get; init; }
    public required string Source { get; init; }
    public required DateOnly Day { get; init; }
    public required IReadOnlyList<RawResponseDocument> Responses { get; init; }
}

/// <summary>One response; the body is kept as text when it is UTF-8 (byte for byte), else as base64.</summary>
internal sealed record RawResponseDocument
{
    public required string RequestUri { get; init; }
    public required int StatusCode { get; init; }
    public required string ContentType { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public string? BodyText { get; init; }
    public string? BodyBase64 { get; init; }
}
