using System.Text;
using Reports.Domain.Narrative;
using Reports.Rendering.View;

namespace Reports.Rendering.Email;

/// <summary>The plain-text alternative: the same summary for clients that do not show HTML.</summary>
internal static class ReportEmailText
{
    public static string Write(ReportEmailContent c)
    {
        var text = new StringBuilder();
        text.Append("Flow Report, ").Append(Formats.Date(c.Date)).Append('\n').Append('\n')
            .Append(c.Headline).Append('\n')
            .Append(new string('=', Math.Min(c.Headline.Length, 72))).Append('\n').Append('\n')
            .Append(c.Standfirst).Append('\n').Append('\n');

        foreach (var notice in c.Notices) text.Append("NOTE: ").Append(notice).Append('\n').Append('\n');

        if (c.KeyFigures is { Rows.Count: > 0 } figures)
        {
            text.Append(ReportView.KeyFiguresTitle).Append('\n');
            var width = figures.Rows.Max(r => r[0].FullText.Length);
            foreach (var row in figures.Rows)
            {
                // Label, figure, and whatever else the row says in brackets.
                text.Append("  ").Append(row[0].FullText.PadRight(width));
                if (row.Count > 1) text.Append("  ").Append(row[1].FullText);
                var notes = row.Skip(2).Select(cell => cell.FullText).Where(t => t.Length > 0).ToList();
                if (notes.Count > 0) text.Append(" (").Append(string.Join("; ", notes)).Append(')');
                text.Append('\n');
            }
            text.Append('\n');
        }

        if (c.FirstParagraph is { } first) text.Append(first).Append('\n').Append('\n');

        text.Append("Read the full report: ").Append(c.ReportUrl).Append('\n');
        if (c.AttachmentName is { } attachment) text.Append("The PDF is attached: ").Append(attachment).Append('\n');
        if (c.FeedUrl is { } feed) text.Append("Past editions as a feed: ").Append(feed).Append('\n');
        if (c.UnsubscribeUrl is { } unsubscribe)
            text.Append('\n').Append("You receive this because you subscribed to the daily Flow Report. Unsubscribe: ").Append(unsubscribe).Append('\n');
        return text.ToString();
    }
}
