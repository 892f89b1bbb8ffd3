using Reports.Domain.Market;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class EventsCsvTests : IDisposable
{
    private const string Header = "date,kind,text,source_url";
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Task<MarketData> LoadAsync(params string[] rows)
    {
        folder.Write("events.csv", string.Join("\n", [Header, .. rows]) + "\n");
        return folder.LoadAsync();
    }

    [Fact]
    public async Task Reads_quoted_commas_and_empty_urls()
    {
        var data = await LoadAsync(
            "2026-02-04,macro,\"Fed holds rates at 3.75%, signals patience\",https://www.federalreserve.gov/newsevents/pressreleases.htm",
            "2026-02-05,etf,\"Spot bitcoin ETFs see \"\"record\"\" outflows\",");

        Assert.Equal(
            [
                new MarketEvent(Day("2026-02-04"), "macro", "Fed holds rates at 3.75%, signals patience", "https://www.federalreserve.gov/newsevents/pressreleases.htm"),
                new MarketEvent(Day("2026-02-05"), "etf", "Spot bitcoin ETFs see \"record\" outflows", null),
            ],
            data.Events);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task Several_events_on_one_day_keep_file_order_and_are_sorted_by_day()
    {
        var data = await LoadAsync("2026-02-05,hack,B happened,", "2026-02-04,macro,A happened,", "2026-02-05,etf,C happened,");

        Assert.Equal(["A happened", "B happened", "C happened"], data.Events.Select(e => e.Text));
        Assert.Equal(["events.csv:3: rows are not in time order (2026-02-04 comes after 2026-02-05); sorted"], data.Texts());
    }

    [Fact]
    public async Task Unquoted_commas_skip_the_row_with_a_hint()
    {
        var data = await LoadAsync("2026-02-04,macro,Fed holds, signals patience,", "2026-02-05,etf,Outflows,");

        Assert.Equal("Outflows", Assert.Single(data.Events).Text);
        Assert.Equal(["events.csv:2: expected 4 fields but found 5 (put text that contains commas in double quotes); row skipped"], data.Texts());
    }

    [Fact]
    public async Task Multi_line_text_keeps_later_line_numbers_right()
    {
        var data = await LoadAsync("2026-02-04,macro,\"Two\nlines\",", "2026-02-05,etf,,");

        Assert.Equal("Two\nlines", Assert.Single(data.Events).Text);
        Assert.Equal(["events.csv:4: text is empty; row skipped"], data.Texts());
    }

    [Fact]
    public async Task A_bad_source_url_is_dropped_but_the_event_kept()
    {
        var data = await LoadAsync("2026-02-04,macro,Fed holds,federalreserve.gov");

        Assert.Equal(new MarketEvent(Day("2026-02-04"), "macro", "Fed holds", null), Assert.Single(data.Events));
        Assert.Equal(["events.csv:2: source_url 'federalreserve.gov' is not an http(s) address; event kept without it"], data.Texts());
    }

    [Fact]
    public async Task Identical_events_are_kept_once()
    {
        var data = await LoadAsync("2026-02-04,macro,Fed holds,", "2026-02-04,macro,Fed holds,");

        Assert.Single(data.Events);
        Assert.Equal(["events.csv:3: duplicate of line 2; kept one"], data.Texts());
    }

    [Fact]
    public async Task Broken_quoting_skips_the_row()
    {
        var data = await LoadAsync("2026-02-04,macro,Fed \"holds\" rates,", "2026-02-05,etf,Outflows,");

        Assert.Equal("Outflows", Assert.Single(data.Events).Text);
        Assert.Equal(["events.csv:2: malformed quoting (a quote inside an unquoted field or an unclosed quote); row skipped"], data.Texts());
    }

    [Fact]
    public async Task Unparseable_date_fails()
    {
        folder.Write("events.csv", $"{Header}\n2026-02-04,macro,ok,\nFeb 5,etf,Outflows,\n");

        Assert.Equal("events.csv:3: date 'Feb 5' is not a date in the form yyyy-MM-dd; cannot place the row", await folder.LoadFailureAsync());
    }
}
