using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reports.Rendering.Json;

/// <summary>Writes instants as ISO-8601 UTC ("2026-02-05T16:00:00Z") whatever offset they carry.</summary>
/// <remarks>The default converter keeps the offset ("+01:00") and seven fraction digits; readers get one form.</remarks>
internal sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
