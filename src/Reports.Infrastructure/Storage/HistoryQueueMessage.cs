using System.Globalization;
using System.Text.Json;
using Reports.Domain.Market;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// A history chunk on the ingest queue: <c>{"history":{"source":"binance","from":"yyyy-MM-dd","to":"yyyy-MM-dd"}}</c>,
/// beside the one-day requests (<see cref="IngestQueue"/>), so the same trigger, retries and poison queue serve both.
/// </summary>
public static class HistoryQueueMessage
{
    public static string Message(HistoryChunk chunk) => JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, string>>
    {
        ["history"] = new()
        {
            ["source"] = chunk.Source,
            ["from"] = chunk.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = chunk.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    });

    /// <summary>True when <paramref name="text"/> is a history request; <paramref name="problem"/> says why one cannot be used.</summary>
    public static bool IsHistory(string? text, out HistoryChunk? chunk, out string? problem)
    {
        chunk = null;
        problem = null;
        try
        {
            using var json = JsonDocument.Parse(text ?? "");
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("history", out var history))
                return false;
            if (history.ValueKind == JsonValueKind.Object
                && Text(history, "source") is { } source && DailySnapshotRules.IsValidSourceName(source)
                && Day(history, "from") is { } from && Day(history, "to") is { } to
                && from <= to && to.DayNumber - from.DayNumber < HistoryNeeds.MaxBootstrapDays)
            {
                chunk = new HistoryChunk(source, from, to);
                return true;
            }
            problem = "a history request needs a source name and from <= to (yyyy-MM-dd), at most "
                + $"{HistoryNeeds.MaxBootstrapDays} days";
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Day(JsonElement body, string name) =>
        Text(body, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
