using System.Globalization;
using System.Text.Json;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>
/// Reads provider JSON strictly. A missing field or a field of the wrong JSON kind is
/// <see cref="SourceFailure.Malformed"/>; a present field whose value is null, NaN, not a number, zero or negative
/// where that cannot be true is <see cref="SourceFailure.InvalidData"/>. Providers send amounts as JSON numbers or
/// as numeric strings ("67123.45"), so both are accepted.
/// </summary>
internal static class JsonValues
{
    public static JsonDocument Parse(string source, ProviderResponse response)
    {
        try
        {
            return JsonDocument.Parse(response.Body);
        }
        catch (JsonException ex)
        {
            throw new MarketDataSourceException(
                source, SourceFailure.Malformed,
                $"{response.Request.DisplayUri} did not return valid JSON ({ex.Message}). Body starts: {ProviderHttp.Excerpt(response.Body)}", ex);
        }
    }

    public static JsonElement Property(string source, JsonElement parent, string name, string context)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(source, $"{context}: expected a JSON object holding '{name}', got {parent.ValueKind}.");
        }
        return parent.TryGetProperty(name, out var value)
            ? value
            : throw Malformed(source, $"{context}: field '{name}' is missing.");
    }

    public static JsonElement Array(string source, JsonElement element, string context) =>
        element.ValueKind == JsonValueKind.Array
            ? element
            : throw Malformed(source, $"{context}: expected a JSON array, got {element.ValueKind}.");

    /// <summary>An amount that must be above zero (a price, a market cap).</summary>
    public static decimal Positive(string source, JsonElement element, string context)
    {
        var value = Amount(source, element, context);
        return value > 0m ? value : throw Invalid(source, $"{context} is {value.ToString(CultureInfo.InvariantCulture)}; it must be above zero.");
    }

    /// <summary>An amount that may be zero but not negative (a volume, a liquidation total).</summary>
    public static decimal NonNegative(string source, JsonElement element, string context)
    {
        var value = Amount(source, element, context);
        return value >= 0m ? value : throw Invalid(source, $"{context} is {value.ToString(CultureInfo.InvariantCulture)}; it must not be negative.");
    }

    public static decimal Amount(string source, JsonElement element, string context)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                return number;
            case JsonValueKind.Number:
                throw Invalid(source, $"{context} is {element.GetRawText()}, out of range for an amount.");
            case JsonValueKind.String when TryParseDecimal(element.GetString(), out var parsed):
                return parsed;
            case JsonValueKind.String:
                throw Invalid(source, $"{context} is \"{element.GetString()}\", not a number.");
            case JsonValueKind.Null:
                throw Invalid(source, $"{context} is null.");
            default:
                throw Malformed(source, $"{context}: expected a number, got {element.ValueKind}.");
        }
    }

    /// <summary>An integer such as a millisecond timestamp, given as a number or a numeric string.</summary>
    public static long Int64(string source, JsonElement element, string context) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonValueKind.Null => throw Invalid(source, $"{context} is null."),
        _ => throw Malformed(source, $"{context}: expected an integer, got {element.GetRawText()}."),
    };

    public static string String(string source, JsonElement element, string context) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw Malformed(source, $"{context}: expected a string, got {element.ValueKind}.");

    /// <summary>Invariant decimal parse that refuses NaN, infinities, hex and thousands separators.</summary>
    public static bool TryParseDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);

    public static MarketDataSourceException Malformed(string source, string message) => new(source, SourceFailure.Malformed, message);

    public static MarketDataSourceException Invalid(string source, string message) => new(source, SourceFailure.InvalidData, message);
}
