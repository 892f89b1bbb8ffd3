using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Reports.Rendering.Json.Contract;

namespace Reports.Rendering.Json;

/// <summary>Serializer settings of the public contract; changing one changes every reader's input.</summary>
internal static class ReportJsonOptions
{
    public static JsonSerializerOptions Instance { get; } = Create();

    /// <summary>The contract's root with these settings: serialising through it needs no reflection (Native AOT).</summary>
    public static JsonTypeInfo<ReportDto> Report { get; } = (JsonTypeInfo<ReportDto>)Instance.GetTypeInfo(typeof(ReportDto));

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
            // Compile-time metadata (no reflection): starts faster and runs in the Native AOT build of the CLI.
            TypeInfoResolver = ReportJsonContext.Default,
        };
        // One generic converter per contract enum: the non-generic factory builds them by reflection at run time.
        options.Converters.Add(new JsonStringEnumConverter<MomentumReadingDto>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<CatalystKindDto>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<WatchKindDto>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<CallKindDto>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new UtcInstantConverter());
        options.Converters.Add(new CanonicalDecimalConverter());
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The contract's serialisation code, generated at compile time; the settings stay in <see cref="ReportJsonOptions"/>.</summary>
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(DateTimeOffset))] // no instant in the contract today; the converter above is ready for one
internal sealed partial class ReportJsonContext : JsonSerializerContext;
