using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reports.Rendering.Json;

/// <summary>Serializer settings of the public contract; changing one changes every reader's input.</summary>
internal static class ReportJsonOptions
{
    public static JsonSerializerOptions Instance { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n", // same bytes on every OS
            DefaultIgnoreCondition = JsonIgnoreCondition.Never, // nulls are written, so every field is always present
            // Prose is full of ', +, −, € and –: keep them readable. Quotes, backslashes and control characters are
            // still escaped (valid JSON); <, > and & are not, so a page embedding this in a <script> must escape it.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new UtcInstantConverter());
        options.Converters.Add(new CanonicalDecimalConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
