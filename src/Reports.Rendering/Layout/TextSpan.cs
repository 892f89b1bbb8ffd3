namespace Reports.Rendering.Layout;

/// <summary>A piece of paragraph text in one style. "\n" forces a line break.</summary>
public sealed record TextSpan(string Text, TextStyle Style);
