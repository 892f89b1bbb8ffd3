using Reports.Domain.Narrative;

namespace Reports.Rendering.View;

/// <summary>One piece of the report in reading order; every edition renders the same parts in the same order.</summary>
internal abstract record ViewPart;

/// <summary>An article section, rendered generically: heading, paragraphs, bullet lists.</summary>
internal sealed record SectionPart(ArticleSection Section) : ViewPart;

/// <summary>A heading the renderer adds (the appendix and its parts).</summary>
internal sealed record HeadingPart(string Title, bool Sub = false) : ViewPart;

/// <summary>A chart with title, caption and a text alternative, and a table that belongs with it (the price ladder
/// under a price chart): the two stay together on a page.</summary>
internal sealed record FigurePart(ChartView Chart, TableView? Table = null) : ViewPart;

/// <summary>Stands in for something that has nothing to show: a title and one line saying why.</summary>
internal sealed record NotePart(string Title, string Text) : ViewPart;

/// <summary>A table with headers and formatted cells.</summary>
internal sealed record TablePart(TableView Table) : ViewPart;

/// <summary>A titled bullet list of short items (data gaps, loader warnings).</summary>
internal sealed record ListPart(string Title, IReadOnlyList<string> Items) : ViewPart;

/// <summary>Starts the appendix: a new page in the PDF.</summary>
internal sealed record AppendixStartPart : ViewPart;
