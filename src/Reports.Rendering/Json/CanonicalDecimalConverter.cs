using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reports.Rendering.Json;

/// <summary>Writes a decimal with the fewest digits that keep its exact value: 2125000000.00 → 2125000000, -5.90 → -5.9.</summary>
/// <remarks>A decimal remembers its scale, so equal amounts from different inputs would otherwise print differently.</remarks>
internal sealed class CanonicalDecimalConverter : JsonConverter<decimal>
{
    // Dividing by one at the largest scale makes the runtime pick the smallest scale that holds the exact quotient.
    private const decimal OneAtMaxScale = 1.0000000000000000000000000000m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Canonical(value));

    public static decimal Canonical(decimal value) => value == 0m ? 0m : value / OneAtMaxScale;
}
