namespace Reports.Rendering.Json.Contract;

/// <summary>A titled prose section of the article.</summary>
public sealed record SectionDto(string Title, IReadOnlyList<ParagraphDto> Paragraphs);

/// <summary>A paragraph, or a bullet list (one item per sentence) when <c>isList</c>.</summary>
public sealed record ParagraphDto(string Text, bool IsList, IReadOnlyList<SentenceDto> Sentences);

/// <summary>One sentence, the figures it states and the editorial rules (docs/editorial.md) whose verdicts it states.</summary>
public sealed record SentenceDto(string Text, IReadOnlyList<FigureDto> Figures, IReadOnlyList<string> Rules);

/// <summary>A figure's path in this document (e.g. "market.drainUsd") and how the prose wrote it.</summary>
public sealed record FigureDto(string Path, string Formatted);
