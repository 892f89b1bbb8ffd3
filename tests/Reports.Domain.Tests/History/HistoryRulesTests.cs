using Reports.Domain.Market;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;

namespace Reports.Domain.Tests.History;

public sealed class HistoryRulesTests
{
    private static readonly DateOnly Day = new(2026, 2, 5);

    private static DailySnapshot Global(string source, decimal cap, decimal? volume) =>
        new(source, Day, new MarketCapPoint(Day, cap, volume), [], []);

    [Fact]
    public void An_observed_total_wins_over_an_estimate_whatever_the_priority_says()
    {
        var merged = DailySnapshotMerger.Merge(
            [Global("global-estimated", 2_500_000_000_000m, 90_000_000_000m), Global("coingecko", 2_400_000_000_000m, null)],
            sourcePriority: ["global-estimated", "coingecko"]);

        var point = Assert.Single(merged.Global);
        Assert.Equal(2_400_000_000_000m, point.TotalMarketCapUsd);
        Assert.Equal(90_000_000_000m, point.TotalVolumeUsd); // a figure only the estimate has still fills the gap
    }

    [Fact]
    public void Only_sources_named_estimated_are_estimates()
    {
        Assert.True(Estimates.IsEstimate("global-estimated"));
        Assert.False(Estimates.IsEstimate("coingecko"));
        Assert.False(Estimates.IsEstimate("estimated-global"));
    }

    [Fact]
    public void A_window_is_cut_into_chunks_oldest_first_and_capped_by_what_the_source_serves()
    {
        Assert.Equal((Day.AddDays(-399), Day), HistoryNeeds.Window(Day, 400, int.MaxValue));
        Assert.Equal((Day.AddDays(-363), Day), HistoryNeeds.Window(Day, 400, 364));
        var chunks = HistoryNeeds.Chunks(Day.AddDays(-399), Day, 100);
        Assert.Equal(4, chunks.Count);
        Assert.Equal((Day.AddDays(-399), Day.AddDays(-300)), chunks[0]);
        Assert.Equal((Day.AddDays(-99), Day), chunks[^1]);
        Assert.Equal([(Day, Day)], HistoryNeeds.Chunks(Day, Day, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => HistoryNeeds.Chunks(Day, Day, 0));
    }
}
