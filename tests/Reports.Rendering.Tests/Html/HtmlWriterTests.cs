using Reports.Rendering.Html;

namespace Reports.Rendering.Tests.Html;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Encodes_text_and_attribute_values_and_drops_null_attributes()
    {
        var html = new HtmlWriter()
            .Open("p", ("class", null), ("title", "a \"quote\" & <tag>"))
            .Text("1 < 2 & 'x'")
            .Close("p")
            .ToString();
        Assert.Equal("<p title=\"a &quot;quote&quot; &amp; &lt;tag&gt;\">1 &lt; 2 &amp; &#39;x&#39;</p>\n", html);
    }

    [Fact]
    public void Closing_the_wrong_element_fails()
    {
        var html = new HtmlWriter().Open("section").Open("p");
        var error = Assert.Throws<InvalidOperationException>(() => html.Close("section"));
        Assert.Equal("Closing <section> but the open element is <p>.", error.Message);
    }

    [Fact]
    public void An_unclosed_element_fails_when_the_page_is_taken()
    {
        var html = new HtmlWriter().Open("article").Element("h1", "x");
        Assert.Equal("<article> was never closed.", Assert.Throws<InvalidOperationException>(html.ToString).Message);
    }

    [Fact]
    public void Void_and_svg_empty_elements_take_no_end_tag()
    {
        var html = new HtmlWriter().Void("meta", ("charset", "utf-8")).Empty("line", ("x1", "0")).ToString();
        Assert.Equal("<meta charset=\"utf-8\">\n<line x1=\"0\" />\n", html);
    }
}
