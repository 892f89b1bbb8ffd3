using System.Text.Json;
using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary><see cref="DataFolderStore.LoadDaysAsync"/>: one read, and every day's data equal to that day's own load.</summary>
public sealed class LoadDaysTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly int CapDays = FlowAttribution.CapDaysRead(AnalysisSettings.Default);

    [Theory]
    [InlineData("2025-01-01")] // the first day of the samples
    [InlineData("2025-10-20")] // events scheduled past the day
    [InlineData("2026-02-28")]
    [InlineData("2026-08-20")] // the read's own day
    public async Task A_day_cut_from_one_read_of_the_samples_equals_the_load_of_that_day(string day)
    {
        var store = new DataFolderStore(RepositoryFolder.Combine("samples"));
        var through = new DateOnly(2026, 8, 20);
        var reportDay = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var days = await store.LoadDaysAsync(new DateOnly(2025, 1, 1), through, CapDays, CancellationToken.None);
        var cut = await days(reportDay, CancellationToken.None);
        var own = await store.LoadForReportAsync(reportDay, CapDays, CancellationToken.None);

        Assert.Equal(Serialize(own), Serialize(cut));
        Assert.Equal(reportDay, cut.LastDay);
    }

    [Fact]
    public async Task A_day_before_every_row_gets_the_no_rows_warnings_of_its_own_load()
    {
        using var folder = new TempDataFolder();
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-01-02,1,1\n2026-01-03,2,2\n");
        var store = new DataFolderStore(folder.Path);

        var cut = await (await store.LoadDaysAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3), CapDays, CancellationToken.None))(new DateOnly(2026, 1, 1), CancellationToken.None);

        Assert.Equal(Serialize(await store.LoadForReportAsync(new DateOnly(2026, 1, 1), CapDays, CancellationToken.None)), Serialize(cut));
        Assert.Contains(cut.Warnings, w => w.Message.Contains("no data rows on or before", StringComparison.Ordinal));
    }

    private static string Serialize(MarketData data) => JsonSerializer.Serialize(data, Json);
}
