using System.Text;
using Reports.Domain.Narrative;

using Reports.Domain.Delivery;

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

        if (c.KeyFigures.Count > 0)
        {
            text.Append("Key figures").Append('\n');
            var width = c.KeyFigures.Max(r => r.Label.Length);
            foreach (var row in c.KeyFigures)
            {
                text.Append("  ").Append(row.Label.PadRight(width)).Append("  ").Append(row.Value);
                if (row.Note is { Length: > 0 } note) text.Append(" (").Append(note).Append(')');
                text.Append('\n');
            }
            text.Append('\n');
        }

        if (c.FirstParagraph is { } first) text.Append(first).Append('\n').Append('\n');

        text.Append("Read the full report: ").Append(c.ReportUrl).Append('\n');
        if (c.AttachmentName is { } attachment) text.Append("The PDF is attached: ").Append(attachment).Append('\n');
        if (c.UnsubscribeUrl is { } unsubscribe)
            text.Append('\n').Append("You receive this because you subscribed to the daily Flow Report. Unsubscribe: ").Append(unsubscribe).Append('\n');
        return text.ToString();
    }
}
