using Reports.Domain.Narrative;
using Spectre.Console;

namespace Reports.Cli;

/// <summary>The end-of-run summary: headline, key figures, what was written and what was skipped.</summary>
internal static class Summary
{
    public static void Print(IAnsiConsole console, FlowReport report, IReadOnlyList<string> written)
    {
        console.MarkupLine($"[bold]{Markup.Escape(report.Article.Headline)}[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Figure").AddColumn("Value").AddColumn("Note");
        foreach (var k in report.Article.KeyFigures)
        {
            table.AddRow(Markup.Escape(k.Label), Markup.Escape(k.Value), Markup.Escape(k.Note ?? ""));
        }
        console.Write(table);
        foreach (var path in written)
        {
            console.MarkupLine($"wrote [green]{Markup.Escape(path)}[/]");
        }
        var warnings = report.Analysis.Warnings.Count;
        if (warnings > 0) console.MarkupLine($"[yellow]{warnings} input problem(s) skipped; see the report's methodology section.[/]");
        foreach (var gap in report.Analysis.Gaps) console.MarkupLine($"[yellow]missing:[/] {Markup.Escape(gap)}");
    }
}
