using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reports.Rendering.Tests.Json;

/// <summary>
/// Follows a figure path as docs/report-json.md defines it: dot-separated camelCase fields; <c>[n]</c> indexes a
/// list; <c>[KEY]</c> picks the element whose <c>symbol</c>, <c>name</c> or <c>label</c> is KEY, <c>[KIND:SUBJECT]</c> the one with
/// that kind (ignoring case) and subject, <c>[STRONGER/WEAKER]</c> that divergence. Undefined when it does not resolve.
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

    private static bool HasKey(JsonElement element, string key)
    {
        if (key.Split(':', 2) is [var kind, var subject] && Is(element, "kind", kind, StringComparison.OrdinalIgnoreCase))
        {
            return Is(element, "subject", subject);
        }

        if (key.Split('/', 2) is [var stronger, var weaker] && element.TryGetProperty("stronger", out _))
        {
            return Is(element, "stronger", stronger) && Is(element, "weaker", weaker);
        }

        return Is(element, "symbol", key) || Is(element, "name", key) || Is(element, "label", key);
    }

    private static bool Is(JsonElement element, string field, string value, StringComparison comparison = StringComparison.Ordinal) =>
        element.TryGetProperty(field, out var actual) && actual.ValueKind == JsonValueKind.String
        && string.Equals(actual.GetString(), value, comparison);

    [GeneratedRegex(@"(?<field>[a-zA-Z0-9]+)(\[(?<key>[^\]]+)\])*")]
    private static partial Regex Step();
}
