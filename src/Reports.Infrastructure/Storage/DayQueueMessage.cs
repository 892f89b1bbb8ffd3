using System.Globalization;
using System.Text.Json;

namespace Reports.Infrastructure.Storage;

/// <summary>The message of a queue whose requests name one day: <c>{"day":"yyyy-MM-dd"}</c> (ingest, report builds).</summary>
public static class DayQueueMessage
{
    public static string Write(DateOnly day) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

    /// <summary>Reads a request; <paramref name="problem"/> says why it cannot be used.</summary>
    public static bool TryParse(string? text, out DateOnly day, out string? problem)
    {
        day = default;
        problem = null;
        try
        {
            using var json = JsonDocument.Parse(text ?? "");
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("day", out var value)
                && value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                return true;
            }
        }
        catch (JsonException)
        {
            // Falls through to the explanation below.
        }

        var shown = text is null ? "(empty)" : text.Length > 80 ? text[..80] + "…" : text;
        problem = $"message '{shown}' is not {{\"day\":\"yyyy-MM-dd\"}}";
        return false;
    }
}
