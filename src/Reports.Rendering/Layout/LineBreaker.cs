using System.Globalization;
using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>A shaped piece of a line: <paramref name="X"/> is its start from the line's left edge.</summary>
internal sealed record PlacedRun(TextStyle Style, string Text, ShapedRun Shape, float X);

/// <summary>One line of a paragraph, measured: <paramref name="Baseline"/> is from the line's top.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedRun> Runs, float Width, float Height, float Baseline);

/// <summary>
/// Greedy paragraph filling: breaks at spaces, never before closing punctuation such as "%" or ")", and
/// cuts a word wider than the line (a long URL) at characters, preferring a cut after "/", "-" or ".".
/// </summary>
internal static class LineBreaker
{
    private const string NoBreakBefore = ")]}%,.;:!?»”’";
    private const string PreferredCutAfter = "/-._?&=,";

    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextSpan> spans, float maxWidth)
    {
        var words = Words(spans);
        if (words.Count == 0)
        {
            return [];
        }

        var lines = new List<TextLine>();
        var line = new List<PlacedRun>();
        var x = 0f;
        TextStyle? pendingSpace = null;

        void Flush()
        {
            lines.Add(Measure(line, x, spans[0].Style));
            line = [];
            x = 0;
            pendingSpace = null;
        }

        foreach (var word in words)
        {
            var chunks = word.Width > maxWidth ? Cut(word, maxWidth) : [word];
            for (var k = 0; k < chunks.Count; k++)
            {
                var chunk = chunks[k];
                var space = pendingSpace is { } s && line.Count > 0 ? TextShaper.Shape(s.Typeface, " ") : null;
                var spaceWidth = space is null ? 0 : space.Advance * pendingSpace!.Size;
                if (line.Count > 0 && x + spaceWidth + chunk.Width > maxWidth + 0.01f)
                {
                    Flush();
                    space = null;
                    spaceWidth = 0;
                }

                if (space is not null)
                {
                    // Spaces are drawn as glyphs so text pulled out of the PDF keeps its word breaks.
                    line.Add(new PlacedRun(pendingSpace!, " ", space, x));
                    x += spaceWidth;
                }

                foreach (var (text, style) in chunk.Pieces)
                {
                    var shape = TextShaper.Shape(style.Typeface, text);
                    line.Add(new PlacedRun(style, text, shape, x));
                    x += shape.Advance * style.Size;
                }

                pendingSpace = k == chunks.Count - 1 ? word.SpaceAfter : null;
                if (k < chunks.Count - 1)
                {
                    Flush();
                }
            }

            if (word.BreakAfter)
            {
                Flush();
            }
        }

        if (line.Count > 0)
        {
            Flush();
        }

        return lines;
    }

    private static TextLine Measure(IReadOnlyList<PlacedRun> runs, float width, TextStyle fallback)
    {
        var styles = runs.Count == 0 ? [fallback] : runs.Select(r => r.Style).Distinct().ToArray();
        var height = styles.Max(s => s.Size * s.LineHeight);
        var ascent = styles.Max(s => TextShaper.Ascent(s.Typeface) * s.Size);
        var descent = styles.Max(s => TextShaper.Descent(s.Typeface) * s.Size);
        var baseline = (height - ascent - descent) / 2 + ascent;
        return new TextLine(runs, width, height, baseline);
    }

    /// <summary>A word: pieces in their styles with no break opportunity between them.</summary>
    private sealed class Word
    {
        public List<(string Text, TextStyle Style)> Pieces { get; } = [];

        /// <summary>The style of the space that followed, or null when nothing (or a line break) did.</summary>
        public TextStyle? SpaceAfter { get; set; }

        public bool BreakAfter { get; set; }

        public float Width => Pieces.Sum(p => TextShaper.Width(p.Style, p.Text));

        public bool StartsWithClosingPunctuation => Pieces.Count > 0 && NoBreakBefore.Contains(Pieces[0].Text[0]);
    }

    private static List<Word> Words(IReadOnlyList<TextSpan> spans)
    {
        var words = new List<Word>();
        var word = new Word();
        var piece = new System.Text.StringBuilder();
        TextStyle? pieceStyle = null;

        void EndPiece()
        {
            if (piece.Length > 0)
            {
                word.Pieces.Add((piece.ToString(), pieceStyle!));
                piece.Clear();
            }
        }

        void EndWord(TextStyle? spaceAfter, bool breakAfter)
        {
            EndPiece();
            if (word.Pieces.Count == 0)
            {
                // A space after a space adds nothing; a line break after nothing is an empty line.
                if (breakAfter)
                {
                    if (words.Count > 0 && !words[^1].BreakAfter)
                    {
                        words[^1].BreakAfter = true;
                    }
                    else
                    {
                        words.Add(new Word { BreakAfter = true });
                    }
                }
                else if (words.Count > 0 && !words[^1].BreakAfter && spaceAfter is not null)
                {
                    words[^1].SpaceAfter ??= spaceAfter;
                }

                return;
            }

            if (word.StartsWithClosingPunctuation && words.Count > 0 && words[^1] is { BreakAfter: false, SpaceAfter: { } glue } previous)
            {
                // "5.9 %" stays together: the space becomes part of the previous word.
                previous.Pieces.Add((" ", glue));
                previous.Pieces.AddRange(word.Pieces);
                previous.SpaceAfter = spaceAfter;
                previous.BreakAfter = breakAfter;
            }
            else
            {
                word.SpaceAfter = spaceAfter;
                word.BreakAfter = breakAfter;
                words.Add(word);
            }

            word = new Word();
        }

        foreach (var span in spans)
        {
            foreach (var c in span.Text)
            {
                if (c == '\n')
                {
                    EndWord(null, breakAfter: true);
                }
                else if (c is ' ' or '\t' or '\r')
                {
                    EndWord(span.Style, breakAfter: false);
                }
                else
                {
                    if (pieceStyle != span.Style)
                    {
                        EndPiece();
                    }

                    pieceStyle = span.Style;
                    piece.Append(c);
                }
            }

            EndPiece();
        }

        EndWord(null, breakAfter: false);
        if (words.Count > 0 && words[^1].Pieces.Count > 0)
        {
            words[^1].SpaceAfter = null;
        }

        return words;
    }

    /// <summary>Cuts a word too wide for the line into line-wide chunks, at text-element (grapheme) boundaries.</summary>
    private static List<Word> Cut(Word word, float maxWidth)
    {
        var graphemes = new List<(string Text, TextStyle Style, float Width)>();
        foreach (var (text, style) in word.Pieces)
        {
            var e = StringInfo.GetTextElementEnumerator(text);
            while (e.MoveNext())
            {
                var g = e.GetTextElement();
                graphemes.Add((g, style, TextShaper.Width(style, g)));
            }
        }

        var chunks = new List<Word>();
        var start = 0;
        while (start < graphemes.Count)
        {
            var end = start;
            var width = 0f;
            var preferred = -1;
            while (end < graphemes.Count && (end == start || width + graphemes[end].Width <= maxWidth))
            {
                width += graphemes[end].Width;
                if (PreferredCutAfter.Contains(graphemes[end].Text[0]) && width >= maxWidth * 0.4f)
                {
                    preferred = end + 1;
                }

                end++;
            }

            if (end < graphemes.Count && preferred > start)
            {
                end = preferred;
            }

            var chunk = new Word();
            foreach (var group in Runs(graphemes, start, end))
            {
                chunk.Pieces.Add(group);
            }

            chunks.Add(chunk);
            start = end;
        }

        return chunks;
    }

    private static IEnumerable<(string Text, TextStyle Style)> Runs(List<(string Text, TextStyle Style, float Width)> graphemes, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var style = graphemes[i].Style;
            var text = new System.Text.StringBuilder();
            while (i < end && graphemes[i].Style == style)
            {
                text.Append(graphemes[i].Text);
                i++;
            }

            yield return (text.ToString(), style);
        }
    }
}
