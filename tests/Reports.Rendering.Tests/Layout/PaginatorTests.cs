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
    public void Block_taller_than_a_page_gets_a_page_of_its_own()
    {
        var pages = Paginate(100, B("a", 20), B("huge", 250), B("b", 20));
        Assert.Equal([["a"], ["huge"], ["b"]], pages);
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
