using Reports.Domain.UseCases;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// The ingest queue and its message formats: one day, <c>{"day":"yyyy-MM-dd"}</c>, or a history chunk
/// (<see cref="HistoryQueueMessage"/>).
/// </summary>
public static class IngestQueue
{
    /// <summary>A constant because the queue trigger's attribute needs one; poison messages go to "ingest-requests-poison".</summary>
    public const string Name = "ingest-requests";

    public static string Message(DateOnly day) => DayQueueMessage.Write(day);

    /// <summary>Reads either kind of request; <paramref name="problem"/> says why it cannot be used.</summary>
    public static bool TryParse(string? text, out IngestRequest? request, out string? problem)
    {
        request = null;
        if (HistoryQueueMessage.IsHistory(text, out var chunk, out problem))
        {
            request = chunk is null ? null : new IngestRequest.History(chunk);
            return request is not null;
        }
        if (!DayQueueMessage.TryParse(text, out var day, out problem))
            return false;
        request = new IngestRequest.OneDay(day);
        return true;
    }
}
