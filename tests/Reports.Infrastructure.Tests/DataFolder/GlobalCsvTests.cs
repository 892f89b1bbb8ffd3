using Reports.Domain.Market;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class GlobalCsvTests : IDisposable
{
    private const string Header = "date,total_market_cap_usd,total_volume_usd";
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Task<MarketData> LoadAsync(params string[] rows)
    {
        folder.Write("global.csv", string.Join("\n", [Header, .. rows]) + "\n");
        return folder.LoadAsync();
    }

    [Fact]
    public async Task Reads_cap_and_optional_volume_exactly()
    {
        var data = await LoadAsync("2026-02-01,2712345678901.25,98765432101.5", "2026-02-02,2650000000000,");

        Assert.Equal(
            [
                new MarketCapPoint(Day("2026-02-01"), 2712345678901.25m, 98765432101.5m),
                new MarketCapPoint(Day("2026-02-02"), 2650000000000m, null),
            ],
            data.Global);
        Assert.Empty(data.Warnings);
        Assert.Empty(data.Assets);
    }

    [Theory]
    [InlineData("2026-02-02,-5,1", "total_market_cap_usd -5 is not positive")]
    [InlineData("2026-02-02,0,1", "total_market_cap_usd 0 is not positive")]
    [InlineData("2026-02-02,,1", "total_market_cap_usd is empty")]
    [InlineData("2026-02-02,100,-1", "total_volume_usd -1 is negative")]
    [InlineData("2026-02-02,100,lots", "total_volume_usd 'lots' is not a number")]
    public async Task Bad_figures_skip_the_row_with_a_warning(string row, string problem)
    {
        var data = await LoadAsync("2026-02-01,100,1", row, "2026-02-03,300,0");

        Assert.Equal([100m, 300m], data.Global.Select(p => p.TotalMarketCapUsd));
        Assert.Equal(0m, data.Global[1].TotalVolumeUsd);
        Assert.Equal([$"global.csv:3: {problem}; row skipped", "global.csv: 1 missing day inside the series: 2026-02-02"], data.Texts());
    }

    [Fact]
    public async Task Missing_days_are_warned()
    {
        var data = await LoadAsync("2026-02-01,100,", "2026-02-04,101,");

        Assert.Equal(["global.csv: 2 missing days inside the series: 2026-02-02, 2026-02-03"], data.Texts());
    }

    [Fact]
    public async Task Duplicate_days_with_different_figures_fail()
    {
        folder.Write("global.csv", $"{Header}\n2026-02-01,100,\n2026-02-01,100,7\n");

        Assert.Equal("global.csv:3: 2026-02-01 appears again with different values (first on line 2)", await folder.LoadFailureAsync());
    }

    [Fact]
    public async Task Equal_numbers_written_differently_are_the_same_row()
    {
        var data = await LoadAsync("2026-02-01,100.0,5", "2026-02-01,100,5.00");

        Assert.Equal(100m, Assert.Single(data.Global).TotalMarketCapUsd);
        Assert.Equal(["global.csv:3: duplicate of line 2 (2026-02-01); kept one"], data.Texts());
    }
}
