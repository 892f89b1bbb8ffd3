using Reports.Domain.Market;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class DerivativesCsvTests : IDisposable
{
    private const string Header = "date,open_interest_usd,long_liquidations_usd,short_liquidations_usd";
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Task<MarketData> LoadAsync(params string[] rows)
    {
        folder.Write("derivatives/BTC.csv", string.Join("\n", [Header, .. rows]) + "\n");
        return folder.LoadAsync();
    }

    [Fact]
    public async Task Reads_figures_and_keeps_empty_ones_unknown()
    {
        var data = await LoadAsync(
            "2026-02-04,61234567890.12,1012345678.5,98765432.25",
            "2026-02-05,,2500000000,",
            "2026-02-06,59000000000,0,0");

        var btc = Assert.Single(data.Assets);
        Assert.Equal("BTC", btc.Symbol);
        Assert.Empty(btc.Daily);
        Assert.Empty(btc.FourHour);
        Assert.Equal(
            [
                new DerivativesPoint(Day("2026-02-04"), 61234567890.12m, 1012345678.5m, 98765432.25m),
                new DerivativesPoint(Day("2026-02-05"), null, 2500000000m, null),
                new DerivativesPoint(Day("2026-02-06"), 59000000000m, 0m, 0m),
            ],
            btc.Derivatives);
        Assert.Empty(data.Warnings);
    }

    [Theory]
    [InlineData("2026-02-05,-1,,", "open_interest_usd -1 is negative")]
    [InlineData("2026-02-05,1,-2,", "long_liquidations_usd -2 is negative")]
    [InlineData("2026-02-05,1,,NaN", "short_liquidations_usd 'NaN' is not a finite number")]
    [InlineData("2026-02-05,1,2", "expected 4 fields but found 3")]
    public async Task Bad_figures_skip_the_row_with_a_warning(string row, string problem)
    {
        var data = await LoadAsync("2026-02-04,1,1,1", row, "2026-02-06,3,3,3");

        Assert.Equal([1m, 3m], data.Asset("BTC")!.Derivatives.Select(p => p.OpenInterestUsd!.Value));
        Assert.Equal(
            [$"derivatives/BTC.csv:3: {problem}; row skipped", "derivatives/BTC.csv: 1 missing day inside the series: 2026-02-05"],
            data.Texts());
    }

    [Fact]
    public async Task Unsorted_and_duplicated_rows_are_cleaned_with_warnings()
    {
        var data = await LoadAsync("2026-02-06,3,,", "2026-02-04,1,,", "2026-02-05,2,,", "2026-02-04,1,,");

        Assert.Equal([Day("2026-02-04"), Day("2026-02-05"), Day("2026-02-06")], data.Asset("BTC")!.Derivatives.Select(p => p.Date));
        Assert.Equal(
            [
                "derivatives/BTC.csv:3: rows are not in time order (2026-02-04 comes after 2026-02-06); sorted",
                "derivatives/BTC.csv:5: duplicate of line 3 (2026-02-04); kept one",
            ],
            data.Texts());
    }
}
