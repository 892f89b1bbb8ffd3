using System.Globalization;
using System.Text.Json;

namespace Reports.Infrastructure.Storage;

/// <summary>The queue of one-day ingest requests and its message format: <c>{"day":"yyyy-MM-dd"}</c>.</summary>
public static class IngestQueue
{
    /// <summary>A constant because the queue trigger's attribute needs one; poison messages go to "ingest-requests-poison".</summary>
    public const string Name = "ingest-requests";

    public static string Message(DateOnly day) =>
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
