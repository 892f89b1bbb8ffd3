using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reports.Rendering.Tests.Json;

/// <summary>
/// Follows a figure path as docs/report-json.md defines it: dot-separated camelCase fields; <c>[n]</c> indexes an
/// array, <c>[KEY]</c> picks the element whose <c>symbol</c> or <c>name</c> is KEY. Undefined when it does not resolve.
/// </summary>
internal static partial class FigurePath
{
    public static JsonElement Resolve(JsonElement root, string path)
    {
        var current = root;
        foreach (Match step in Step().Matches(path))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step.Groups["field"].Value, out current))
            {
                return default;
            }

            foreach (Capture key in step.Groups["key"].Captures)
            {
                if (current.ValueKind != JsonValueKind.Array)
                {
                    return default;
                }

                current = int.TryParse(key.Value, out var index)
                    ? index < current.GetArrayLength() ? current[index] : default
                    : current.EnumerateArray().FirstOrDefault(e => HasKey(e, key.Value));
            }
        }

        return current;
    }

    private static bool HasKey(JsonElement element, string key) =>
        (element.TryGetProperty("symbol", out var symbol) && symbol.GetString() == key)
        || (element.TryGetProperty("name", out var name) && name.GetString() == key);

    [GeneratedRegex(@"(?<field>[a-zA-Z0-9]+)(\[(?<key>[^\]]+)\])*")]
    private static partial Regex Step();
}
