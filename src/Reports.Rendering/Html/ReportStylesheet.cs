namespace Reports.Rendering.Html;

/// <summary>
/// The page's only stylesheet, inlined so the file is self-contained: system fonts (no downloads), no url(),
/// tabular figures in tables, and print rules that keep figures, tables and list items whole on a page.
/// </summary>
internal static class ReportStylesheet
{
    public const string Css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fff; color: #1b1b1b; font: 17px/1.6 Georgia, "Times New Roman", serif; }
        .report { max-width: 48rem; margin: 2.5rem auto; padding: 0 1.25rem; }
        .sans, h2, h3, table, figcaption, .kicker, .dateline, .notes, footer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        .kicker { margin: 0; font-size: .75rem; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: #8a1c1c; }
        h1 { margin: .25rem 0 .75rem; font-size: 2.1rem; line-height: 1.2; }
        .standfirst { margin: 0 0 .5rem; font-size: 1.2rem; line-height: 1.5; color: #333; }
        .dateline { margin: 0 0 1.5rem; font-size: .85rem; color: #666; }
        h2 { margin: 2.25rem 0 .75rem; padding-top: .75rem; border-top: 1px solid #ddd; font-size: 1.15rem; line-height: 1.3; }
        h3 { margin: 1.5rem 0 .5rem; font-size: .95rem; }
        .figure { font-weight: 600; }
        .table-wrap { overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; font-size: .8rem; line-height: 1.35; font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: left; padding-bottom: .35rem; color: #555; }
        th, td { padding: .3rem .45rem; border-bottom: 1px solid #e4e4e4; text-align: right; vertical-align: top; white-space: nowrap; }
        th:first-child, td:first-child, .text { text-align: left; white-space: normal; }
        thead th { border-bottom: 2px solid #999; font-weight: 600; }
        tbody th { font-weight: 600; }
        .key-figures td.value { font-weight: 600; }
        .neg { color: #a31515; }
        .pos { color: #17662b; }
        figure { margin: 1.5rem 0; }
        figure svg { display: block; width: 100%; height: auto; }
        figcaption { margin-top: .35rem; font-size: .8rem; color: #555; }
        .synthetic { display: inline-block; margin-left: .35rem; padding: 0 .35rem; border: 1px solid #a31515; border-radius: 3px; color: #a31515; font-size: .75em; font-weight: 600; text-transform: uppercase; }
        .notes { font-size: .85rem; color: #444; }
        footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid #ddd; font-size: .8rem; color: #666; }
        a { color: #1f4e79; }
        @page { margin: 16mm 14mm; }
        @media print {
          body { font-size: 10.5pt; }
          .report { max-width: none; margin: 0; padding: 0; }
          h1, h2, h3 { break-after: avoid; }
          figure, table, tr, li { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
          a.link::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
        }
        """;
}
