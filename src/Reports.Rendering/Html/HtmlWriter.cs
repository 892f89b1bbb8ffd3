using System.Net;
using System.Text;

namespace Reports.Rendering.Html;

/// <summary>
/// Appends HTML where every text and attribute value is encoded on the way in and every element is closed by name,
/// so report text can never become markup and a mismatched tag fails while rendering, not in the reader's browser.
/// </summary>
internal sealed class HtmlWriter
{
    // Containers whose children go on their own lines, so the file reads and diffs well.
    private static readonly HashSet<string> BlockContainers =
        ["html", "head", "body", "article", "header", "footer", "section", "div", "table", "thead", "tbody", "tr", "ul", "figure", "svg", "g"];

    private static readonly HashSet<string> BlockLeaves = ["title", "style", "caption", "h1", "h2", "h3", "p", "li", "figcaption", "th", "td", "text"];

    private readonly StringBuilder _html = new();
    private readonly Stack<string> _open = new();

    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        _html.Append('>');
        _open.Push(tag);
        if (BlockContainers.Contains(tag))
        {
            _html.Append('\n');
        }

        return this;
    }

    public HtmlWriter Close(string tag)
    {
        if (_open.Count == 0 || _open.Peek() != tag)
        {
            throw new InvalidOperationException($"Closing <{tag}> but the open element is <{(_open.Count > 0 ? _open.Peek() : "none")}>.");
        }

        _open.Pop();
        _html.Append("</").Append(tag).Append('>');
        if (BlockContainers.Contains(tag) || BlockLeaves.Contains(tag))
        {
            _html.Append('\n');
        }

        return this;
    }

    /// <summary>An element holding only text (encoded).</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An HTML void element such as meta: no content, no end tag.</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        _html.Append(">\n");
        return this;
    }

    /// <summary>An SVG element without children, written self-closed as SVG allows.</summary>
    public HtmlWriter Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        _html.Append(" />\n");
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>Markup written by this renderer itself (the doctype, the stylesheet), never report text.</summary>
    public HtmlWriter Trusted(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public override string ToString() =>
        _open.Count == 0 ? _html.ToString() : throw new InvalidOperationException($"<{_open.Peek()}> was never closed.");

    private void WriteStartTag(string tag, (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
            }
        }
    }
}
