using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Reports.Rendering.Layout;

/// <summary>A shaped string: glyph ids and positions in ems (multiply by the font size for points).</summary>
internal sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Positions, float Advance);

/// <summary>
/// Shapes text with HarfBuzz (kerning, marks, any script) and caches the result per typeface and string:
/// a report repeats the same words and numbers many times.
/// </summary>
internal static class TextShaper
{
    // Ligatures off: an "fi" glyph would come back out of the PDF as U+FB01, and "office" would not be found.
    private static readonly Feature[] Features = [Feature.Parse("liga=0"), Feature.Parse("clig=0")];

    private const int CacheLimit = 100_000;

    private static readonly ConcurrentDictionary<SKTypeface, HarfBuzzFont> Fonts = new(ReferenceEqualityComparer.Instance);
    private static readonly ConcurrentDictionary<(SKTypeface, string), ShapedRun> Cache = new();
    private static readonly ConcurrentDictionary<SKTypeface, (float Ascent, float Descent)> Metrics = new(ReferenceEqualityComparer.Instance);

    // Strings added since the last clear. ConcurrentDictionary.Count takes every lock of the table, so asking it on
    // each call serialised the batch's parallel renders; a racy count is fine for a bound.
    private static int added;

    public static ShapedRun Shape(SKTypeface typeface, string text)
    {
        if (Cache.TryGetValue((typeface, text), out var cached))
        {
            return cached;
        }

        var run = Fonts.GetOrAdd(typeface, static t => new HarfBuzzFont(t)).Shape(text);
        if (Interlocked.Increment(ref added) > CacheLimit)
        {
            Cache.Clear();
            Interlocked.Exchange(ref added, 0);
        }

        return Cache.GetOrAdd((typeface, text), run);
    }

    public static float Width(TextStyle style, string text) => Shape(style.Typeface, text).Advance * style.Size;

    /// <summary>Height above the baseline, in ems.</summary>
    public static float Ascent(SKTypeface typeface) => VerticalMetrics(typeface).Ascent;

    /// <summary>Depth below the baseline, in ems.</summary>
    public static float Descent(SKTypeface typeface) => VerticalMetrics(typeface).Descent;

    private static (float Ascent, float Descent) VerticalMetrics(SKTypeface typeface) =>
        Metrics.GetOrAdd(typeface, static t =>
        {
            using var font = new SKFont(t, 1000);
            var metrics = font.Metrics;
            return (-metrics.Ascent / 1000, metrics.Descent / 1000);
        });

    /// <summary>HarfBuzz objects for one typeface; kept for the process lifetime, like the typefaces themselves.
    /// A HarfBuzz font is safe to shape with from several threads once set up.</summary>
    private sealed class HarfBuzzFont
    {
        private readonly HarfBuzzSharp.Font font;
        private readonly float unitsPerEm;

        public HarfBuzzFont(SKTypeface typeface)
        {
            // The blob owns the stream from here on and disposes it on release.
            var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
            var face = new Face(blob, index);
            unitsPerEm = face.UnitsPerEm;
            font = new HarfBuzzSharp.Font(face);
            font.SetFunctionsOpenType();
        }

        public ShapedRun Shape(string text)
        {
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf16(text);
            buffer.GuessSegmentProperties();
            font.Shape(buffer, Features);

            var infos = buffer.GetGlyphInfoSpan();
            var positions = buffer.GetGlyphPositionSpan();
            var glyphs = new ushort[infos.Length];
            var points = new SKPoint[infos.Length];
            var x = 0;
            for (var i = 0; i < infos.Length; i++)
            {
                glyphs[i] = (ushort)infos[i].Codepoint;
                points[i] = new SKPoint((x + positions[i].XOffset) / unitsPerEm, -positions[i].YOffset / unitsPerEm);
                x += positions[i].XAdvance;
            }

            return new ShapedRun(glyphs, points, x / unitsPerEm);
        }
    }
}
