namespace Reports.Rendering.View;

/// <summary>A table as every edition shows it: its id (HTML class), caption, columns and formatted cells.</summary>
internal sealed record TableView(string Id, string Caption, IReadOnlyList<ColumnView> Columns, IReadOnlyList<IReadOnlyList<CellView>> Rows);

/// <summary>A column: its header, its share of the width in the PDF, and whether it holds figures (right-aligned).</summary>
internal sealed record ColumnView(string Header, float Weight, bool Numeric = true);

/// <summary>A formatted cell; <see cref="Flag"/> is a warning word after the text, <see cref="Detail"/> a second, muted line,
/// <see cref="Link"/> a checked web address the HTML links the text to.</summary>
internal sealed record CellView(string Text, string? Flag = null, string? Detail = null, string? Link = null)
{
    public static implicit operator CellView(string text) => new(text);

    /// <summary>The cell as plain text, the way a reader copies it.</summary>
    public string FullText => string.Join(" ", new[] { Text, Flag, Detail }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>"neg", "pos" or null: a signed figure as printed, so the colour never contradicts the text
    /// (a change that rounds to "0.0%" is neither).</summary>
    public string? Sign => Text.StartsWith(Domain.Narrative.Formats.Minus, StringComparison.Ordinal) && Text.EndsWith('%') ? "neg"
        : Text.StartsWith('+') && Text.EndsWith('%') ? "pos" : null;
}
