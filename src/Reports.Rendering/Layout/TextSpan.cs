namespace Reports.Rendering.Layout;

/// <summary>A piece of paragraph text in one style. "\n" forces a line break.</summary>
internal sealed record TextSpan(string Text, TextStyle Style);
