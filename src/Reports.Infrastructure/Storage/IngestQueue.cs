namespace Reports.Infrastructure.Storage;

/// <summary>The queue of one-day ingest requests and its message format: <c>{"day":"yyyy-MM-dd"}</c>.</summary>
public static class IngestQueue
{
    /// <summary>A constant because the queue trigger's attribute needs one; poison messages go to "ingest-requests-poison".</summary>
    public const string Name = "ingest-requests";

    public static string Message(DateOnly day) => DayQueueMessage.Write(day);

    /// <summary>Reads a request; <paramref name="problem"/> says why it cannot be used.</summary>
    public static bool TryParse(string? text, out DateOnly day, out string? problem) => DayQueueMessage.TryParse(text, out day, out problem);
}
