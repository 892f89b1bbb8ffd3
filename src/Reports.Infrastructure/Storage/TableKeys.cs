namespace Reports.Infrastructure.Storage;

/// <summary>Table keys may not hold '/', '\', '#', '?' or control characters; text from an archived edition is escaped.</summary>
internal static class TableKeys
{
    /// <summary>The text with every character a key may not hold percent-escaped; plain keys ("BTC_nearestSupport_74420.5") are unchanged.</summary>
    public static string Escape(string text) => Uri.EscapeDataString(text);
}
