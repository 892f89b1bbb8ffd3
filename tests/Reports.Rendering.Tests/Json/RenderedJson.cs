using System.Text;
using System.Text.Json;
using Reports.Domain.Narrative;
using Reports.Rendering.Json;

namespace Reports.Rendering.Tests.Json;

/// <summary>Renders a report and reads it back the way an outside reader would: bytes → JsonDocument.</summary>
internal static class RenderedJson
{
    public static byte[] Bytes(FlowReport report) => new JsonReportRenderer().Render(report);

    public static string Text(FlowReport report) => Encoding.UTF8.GetString(Bytes(report));

    public static JsonElement Root(FlowReport report)
    {
        using var document = JsonDocument.Parse(Bytes(report));
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<string> Names(JsonElement obj) => [.. obj.EnumerateObject().Select(p => p.Name)];

    public static JsonElement Single(JsonElement array, string key, string value) =>
        array.EnumerateArray().Single(e => e.GetProperty(key).GetString() == value);

    /// <summary>Every property name anywhere in the tree.</summary>
    public static IEnumerable<string> AllNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllNames),
        _ => [],
    };
}
