using System.Text.RegularExpressions;

namespace Reports.Rendering.Tests.Html;

/// <summary>A deliberately small well-formedness check: every opened element is closed, in order.</summary>
internal static partial class HtmlStructure
{
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>Problems found, empty when every tag is balanced.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(RawText().Replace(html, "<$1></$1>")))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Peek() != name)
                {
                    problems.Add($"</{name}> at {tag.Index} closes <{(open.Count > 0 ? open.Peek() : "nothing")}>");
                    continue;
                }

                open.Pop();
            }
            else if (!VoidElements.Contains(name) && !tag.Groups["self"].Success)
            {
                open.Push(name);
            }
        }

        problems.AddRange(open.Select(name => $"<{name}> never closed"));
        return problems;
    }

    public static int Count(string html, string tagName) => Regex.Matches(html, $"<{tagName}[ >]").Count;

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*?)?(?<self>/)?>")]
    private static partial Regex Tag();

    // Style content is CSS, not markup: keep the element, drop what is inside.
    [GeneratedRegex(@"<(style)>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex RawText();
}
