using Reports.Domain.Market;

namespace Reports.Domain.Narrative;

/// <summary>The written report: prose sections plus the key-figures table, ready for any renderer.</summary>
public sealed record Article(
    DateOnly Date,
    string Headline,
    string Standfirst,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<ArticleSection> Sections,
    IReadOnlyList<SourceInfo> Sources)
{
    /// <summary>The two-sentence base case (also the first paragraph of the flow summary); empty when not written.</summary>
    public string BottomLine { get; init; } = "";
}

/// <summary>A titled section; the appendix is a section too.</summary>
public sealed record ArticleSection(string Title, IReadOnlyList<Paragraph> Paragraphs);

/// <summary>A paragraph, or a bullet list when <see cref="IsList"/>.</summary>
public sealed record Paragraph(IReadOnlyList<Sentence> Sentences, bool IsList = false)
{
    public string Text => string.Join(" ", Sentences.Select(s => s.Text));
}

/// <summary>One sentence and the figures it states, so every number in the prose can be traced.</summary>
public sealed record Sentence(string Text, IReadOnlyList<FigureRef> Figures)
{
    /// <summary>Ids of the editorial rules (docs/editorial.md) whose verdicts the sentence states; empty for plain facts.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];
}

/// <summary>A named figure from <see cref="Analysis.FlowAnalysis"/> and how it was written.</summary>
/// <param name="Path">The figure's JSON path, e.g. "market.drainUsd" or "assets[BTC].close".</param>
public sealed record FigureRef(string Path, string Formatted);

/// <summary>A row of the key-figures table.</summary>
public sealed record KeyFigure(string Label, string Value, string? Note);
