using Reports.Rendering.Html;
using Reports.Rendering.Html.Parts;

namespace Reports.Rendering.Tests.Html;

public sealed class TableTests
{
    [Theory]
    [InlineData("-0.06", "\u22120.1%", "neg")]
    [InlineData("0.05", "+0.1%", "pos")]
    [InlineData("-0.04", "0.0%", null)] // prints as zero, so it is not coloured as a fall
    [InlineData("0", "0.0%", null)]
    [InlineData(null, "n/a", null)]
    public void Percent_cells_are_coloured_by_the_sign_they_print(string? value, string text, string? cssClass)
    {
        var html = new HtmlWriter();
        Table.Percent(html, value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        var expected = cssClass is null ? $"<td>{text}</td>" : $"<td class=\"{cssClass}\">{text}</td>";
        Assert.Equal(expected, html.ToString().TrimEnd('\n'));
    }
}
