namespace Reports.Rendering.Html;

/// <summary>Only absolute http(s) addresses become links, so a "javascript:" value in events.csv stays inert text.</summary>
internal static class SafeLink
{
    public static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Writes a link when the target is a web address, otherwise just the text.</summary>
    public static void Write(HtmlWriter html, string? target, string text)
    {
        if (IsWebAddress(target))
        {
            html.Element("a", text, ("href", target), ("class", "link"));
        }
        else
        {
            html.Text(text);
        }
    }
}
