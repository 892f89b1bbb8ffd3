namespace Reports.Infrastructure.Storage.Documents;

/// <summary>One day's market events (events/yyyy/MM/dd.json).</summary>
internal sealed record EventsDocument
{
    public const int CurrentSchema = 1;

    public required int Schema { get; init; }
    public required DateOnly Day { get; init; }
    public required IReadOnlyList<EventDocument> Events { get; init; }
}

internal sealed record EventDocument(string Kind, string Text, string? SourceUrl);
