using Reports.Rendering.Theme;

namespace Reports.Rendering.Html;

/// <summary>
/// The page's only stylesheet, inlined so the file is self-contained: colours from <see cref="Palette"/> and sizes
/// from <see cref="Typography"/> (the PDF's theme, as ratios of the body size), system fonts (no downloads), no url().
/// Tables fit the column from 1024 px up and scroll inside their own box below; charts switch to a narrow drawing on
/// phones; dark mode follows the reader's setting; print keeps figures, tables and rows whole.
/// </summary>
internal static class ReportStylesheet
{
    private static string Rem(float points) => (points / Typography.Body.Size).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "rem";

    public static string Css { get; } = $$"""
        :root {
          color-scheme: light dark;
          --paper: #ffffff; --ink: {{Palette.Hex(Palette.Ink)}}; --muted: {{Palette.Hex(Palette.Muted)}}; --rule: {{Palette.Hex(Palette.Rule)}};
          --accent: {{Palette.Hex(Palette.Accent)}}; --header-fill: {{Palette.Hex(Palette.HeaderFill)}}; --stripe: {{Palette.Hex(Palette.StripeFill)}};
          --warning: {{Palette.Hex(Palette.Warning)}}; --rise: {{Palette.Hex(Palette.Rise)}}; --fall: {{Palette.Hex(Palette.Fall)}};
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --paper: {{Palette.Hex(Palette.DarkPaper)}}; --ink: {{Palette.Hex(Palette.DarkInk)}}; --muted: {{Palette.Hex(Palette.DarkMuted)}}; --rule: {{Palette.Hex(Palette.DarkRule)}};
            --accent: {{Palette.Hex(Palette.DarkAccent)}}; --header-fill: {{Palette.Hex(Palette.DarkHeaderFill)}}; --stripe: {{Palette.Hex(Palette.DarkStripeFill)}};
            --warning: {{Palette.Hex(Palette.DarkWarning)}}; --rise: {{Palette.Hex(Palette.DarkRise)}}; --fall: {{Palette.Hex(Palette.DarkFall)}};
          }
        }
        html { font-size: 17px; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 1rem/{{Typography.Body.LineHeight}} "DejaVu Serif", Georgia, "Times New Roman", serif; }
        .report { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
        h1, h2, h3, table, figcaption, .kicker, .dateline, .notice, .note, .notes, footer { font-family: "DejaVu Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        .kicker { margin: 0; font-size: {{Rem(Typography.Masthead.Size)}}; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; color: var(--accent); }
        h1 { margin: .25rem 0 .75rem; font-size: {{Rem(Typography.Headline.Size)}}; line-height: {{Typography.Headline.LineHeight}}; }
        .standfirst { margin: 0 0 .5rem; font-size: {{Rem(Typography.Standfirst.Size)}}; color: var(--muted); }
        .dateline { margin: 0 0 1rem; font-size: {{Rem(Typography.Dateline.Size)}}; color: var(--muted); }
        .notice { margin: 0 0 1rem; padding: .4rem .6rem; border-left: 3px solid var(--warning); color: var(--warning); font-size: {{Rem(Typography.Caption.Size + 1)}}; font-weight: 700; }
        h2 { margin: 2rem 0 .6rem; padding-top: .6rem; border-top: 1px solid var(--rule); font-size: {{Rem(Typography.SectionHeading.Size)}}; line-height: 1.3; }
        h3 { margin: 1.25rem 0 .4rem; font-size: {{Rem(Typography.SubHeading.Size)}}; }
        p, li { overflow-wrap: anywhere; }
        .figure { font-weight: 600; }
        .table-wrap { max-width: 100%; overflow-x: auto; margin: .5rem 0 1rem; }
        table { width: 100%; border-collapse: collapse; font-size: {{Rem(Typography.TableCell.Size + 1.5f)}}; line-height: 1.3; font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: left; padding-bottom: .3rem; color: var(--muted); font-size: {{Rem(Typography.Caption.Size + 1)}}; }
        th, td { padding: .25rem .4rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { background: var(--header-fill); font-weight: 700; }
        tbody tr:nth-child(even) { background: var(--stripe); }
        tbody th { font-weight: 700; }
        .num { text-align: right; white-space: nowrap; }
        .neg { color: var(--fall); }
        .pos { color: var(--rise); }
        .flag { color: var(--warning); font-weight: 700; font-size: .85em; }
        .detail { display: block; color: var(--muted); }
        figure { margin: 1.25rem 0; }
        .chart-box { max-width: 44rem; background: #ffffff; border-radius: 3px; }
        .chart-box svg { display: block; width: 100%; height: auto; }
        .chart-box .narrow { display: none; }
        @media (max-width: 599px) {
          .chart-box .wide { display: none; }
          .chart-box .narrow { display: block; }
        }
        figcaption { margin-top: .3rem; font-size: {{Rem(Typography.Caption.Size + 1)}}; color: var(--muted); }
        .note.missing p { color: var(--warning); }
        .note p, .notes { font-size: {{Rem(Typography.Caption.Size + 1)}}; }
        footer { margin-top: 2rem; padding-top: .6rem; border-top: 1px solid var(--rule); font-size: {{Rem(Typography.Caption.Size + 1)}}; color: var(--muted); }
        a { color: var(--accent); }
        @media (min-width: 1024px) {
          .report { max-width: 60rem; }
          table { font-size: {{Rem(Typography.TableCell.Size + 1)}}; }
        }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          :root { --paper: #ffffff; --ink: {{Palette.Hex(Palette.Ink)}}; --muted: {{Palette.Hex(Palette.Muted)}}; }
          html { font-size: 10pt; }
          .report { max-width: none; margin: 0; padding: 0; }
          h1, h2, h3, caption { break-after: avoid; }
          figure, tr, li { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          .chart-box .wide { display: block; }
          .chart-box .narrow { display: none; }
          table { font-size: 7.5pt; }
          .num { white-space: normal; }
          .appendix { break-before: page; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
