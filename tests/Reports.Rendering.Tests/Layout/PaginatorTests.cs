using Reports.Rendering.Layout;

namespace Reports.Rendering.Tests.Layout;

public class PaginatorTests
{

    private static readonly Dictionary<Block, string> Names = new(ReferenceEqualityComparer.Instance);

    private static Block B(string name, float height, bool keepWithNext = false, Block? header = null)
    {
        var block = new Block(100, height, (_, _) => { }) { KeepWithNext = keepWithNext, RepeatedHeader = header };
        Names[block] = name;
        return block;
    }

    private static Block F(string name, float height)
    {
        var block = new Block(100, height, (_, _) => { }) { Float = true };
        Names[block] = name;
        return block;
    }

    private static Block Gap(float height)
    {
        var block = Block.Spacing(100, height);
        Names[block] = "gap";
        return block;
    }

    private static string[][] Paginate(float pageHeight, params Block[] blocks) =>
        Paginator.Paginate(blocks, _ => pageHeight)
            .Select(page => page.Select(p => Names.TryGetValue(p.Block, out var n) ? n : "?").ToArray())
            .ToArray();

    [Fact]
    public void Blocks_fill_a_page_then_continue_on_the_next()
    {
        var pages = Paginate(100, B("a", 40), B("b", 40), B("c", 40));
        Assert.Equal([["a", "b"], ["c"]], pages);
    }

    [Fact]
    public void Placed_blocks_are_stacked_from_the_top()
    {
        var pages = Paginator.Paginate([B("a", 30), Gap(5), B("b", 20)], _ => 100);
        Assert.Equal([0f, 30f, 35f], pages[0].Select(p => p.Y));
    }

    [Fact]
    public void Spacing_never_opens_a_page()
    {
        var pages = Paginate(100, B("a", 90), Gap(20), B("b", 30));
        Assert.Equal([["a"], ["b"]], pages);
    }

    [Fact]
    public void Heading_moves_to_the_next_page_with_the_line_after_it()
    {
        // The heading would fit at the bottom, but its first line would not: both move.
        var pages = Paginate(100, B("text", 70), Gap(5), B("heading", 15, keepWithNext: true), Gap(3), B("line", 14));
        Assert.Equal([["text"], ["heading", "gap", "line"]], pages);
    }

    [Fact]
    public void Heading_stays_when_its_first_line_fits()
    {
        var pages = Paginate(100, B("text", 50), Gap(5), B("heading", 15, keepWithNext: true), Gap(3), B("line", 14), B("line2", 14));
        Assert.Equal([["text", "gap", "heading", "gap", "line"], ["line2"]], pages);
    }

    [Fact]
    public void Table_rows_that_open_a_page_repeat_the_header()
    {
        var header = B("header", 10, keepWithNext: true);
        var rows = Enumerable.Range(1, 5).Select(i => B($"row{i}", 30, header: header)).ToArray();
        var pages = Paginate(100, [header, .. rows]);
        Assert.Equal([["header", "row1", "row2", "row3"], ["header", "row4", "row5"]], pages);
    }

    [Fact]
    public void Page_break_ends_the_page_but_never_leaves_an_empty_one()
    {
        var pages = Paginate(100, Block.PageBreak, B("a", 10), Block.PageBreak, Block.PageBreak, B("b", 10), Block.PageBreak);
        Assert.Equal([["a"], ["b"]], pages);
    }

    [Fact]
    public void Block_taller_than_a_page_is_an_error_not_a_clip()
    {
        var error = Assert.Throws<LayoutOverflowException>(() => Paginate(100, B("a", 20), B("huge", 250), B("b", 20)));
        Assert.Contains("250 pt", error.Message);
        Assert.Throws<LayoutOverflowException>(() => Paginate(100, F("huge figure", 101)));
    }

    [Fact]
    public void A_figure_that_does_not_fit_waits_while_the_text_after_it_fills_the_page()
    {
        var pages = Paginate(100, B("a", 50), F("fig", 60), B("b", 20), B("c", 20), B("d", 30));
        Assert.Equal([["a", "b", "c"], ["fig", "d"]], pages);
    }

    [Fact]
    public void A_figure_that_fits_stays_in_place()
    {
        Assert.Equal([["a", "fig", "b"]], Paginate(100, B("a", 20), F("fig", 60), B("b", 20)));
    }

    [Fact]
    public void Figures_keep_their_order_and_open_the_next_page_together()
    {
        // fig2 would fit on page 1, but it never jumps ahead of fig1.
        var pages = Paginate(100, B("a", 50), F("fig1", 60), F("fig2", 30), B("b", 20));
        Assert.Equal([["a", "b"], ["fig1", "fig2"]], pages);
    }

    [Fact]
    public void A_page_break_or_the_end_places_figures_still_waiting()
    {
        Assert.Equal([["a"], ["fig"], ["b"]], Paginate(100, B("a", 50), F("fig", 60), Block.PageBreak, B("b", 10)));
        Assert.Equal([["a"], ["fig"]], Paginate(100, B("a", 50), F("fig", 60)));
    }

    [Fact]
    public void A_heading_never_waits_apart_from_its_text_when_a_figure_moves()
    {
        var pages = Paginate(100, B("a", 50), F("fig", 60), B("heading", 10, keepWithNext: true), B("line", 45));
        Assert.Equal([["a"], ["fig"], ["heading", "line"]], pages);
    }

    [Fact]
    public void Page_heights_may_differ_per_page()
    {
        // The first page has no running header, so it holds more.
        var pages = Paginator.Paginate(Enumerable.Range(0, 6).Select(i => B($"r{i}", 30)).ToArray(), n => n == 1 ? 120 : 60);
        Assert.Equal([4, 2], pages.Select(p => p.Count));
    }

    [Fact]
    public void Nothing_to_place_still_gives_one_empty_page()
    {
        var pages = Paginator.Paginate([], _ => 100);
        Assert.Empty(Assert.Single(pages));
    }
}
