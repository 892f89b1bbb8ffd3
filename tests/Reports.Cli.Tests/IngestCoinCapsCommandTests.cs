using Microsoft.Extensions.Time.Testing;
using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;

namespace Reports.Cli.Tests;

/// <summary>
/// <c>ingest --out</c> adds the per-coin caps of the day that just closed to the folder's marketcaps.csv, once, from
/// CoinGecko's /coins/markets played back on 127.0.0.1 (<see cref="HistoryPlayback"/>: bitcoin, ethereum, tether).
/// </summary>
public sealed class IngestCoinCapsCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 2, 6);
    private static readonly DateOnly Yesterday = Today.AddDays(-1);
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
    private readonly HistoryPlayback providers = new(Today);

    public void Dispose() => providers.Dispose();

    [Fact]
    public async Task Yesterdays_caps_land_in_marketcaps_csv_with_categories_and_a_rerun_keeps_the_file()
    {
        using var tmp = new TempFolder();
        var data = tmp.File("data");
        string[] ingest = ["ingest", "--sources", "coingecko", "--out", data, "--settings", providers.Settings(tmp)];

        var first = await CliRun.RunAsync(Clock, ingest);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(first.Output.ReplaceLineEndings(" ").Contains("coingecko, marketcaps", StringComparison.Ordinal), first.Output); // the console may wrap the line
        var loaded = await new DataFolderStore(data).LoadAsync(null, CancellationToken.None);
        var total = providers.Total(Yesterday);
        Assert.Equal(
            [
                new CoinMarketCap(Yesterday, "BTC", Math.Round(total * 0.58m, 2), CoinCategory.Other),
                new CoinMarketCap(Yesterday, "ETH", Math.Round(total * 0.10m, 2), CoinCategory.Other),
                new CoinMarketCap(Yesterday, "USDT", Math.Round(total * 0.07m, 2), CoinCategory.Stablecoin),
            ],
            loaded.CoinCaps);
        var file = File.ReadAllBytes(Path.Combine(data, "marketcaps.csv"));

        var second = await CliRun.RunAsync(Clock, ingest);

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(file, File.ReadAllBytes(Path.Combine(data, "marketcaps.csv")));
        Assert.Equal(1, providers.Count("/api/v3/coins/markets")); // a stored day is not asked again
    }

    [Fact]
    public async Task An_older_day_and_a_run_limited_to_other_sources_ask_for_no_caps()
    {
        using var tmp = new TempFolder();
        var data = tmp.File("data");
        var settings = providers.Settings(tmp);

        var older = await CliRun.RunAsync(Clock, "ingest", "--date", $"{Yesterday.AddDays(-1):yyyy-MM-dd}", "--sources", "stooq", "--out", data, "--settings", settings);
        var limited = await CliRun.RunAsync(Clock, "ingest", "--sources", "stooq", "--out", data, "--settings", settings);

        Assert.True(older.ExitCode == 0, older.Output);
        Assert.True(limited.ExitCode == 0, limited.Output);
        Assert.False(File.Exists(Path.Combine(data, "marketcaps.csv")));
        Assert.Equal(0, providers.Count("/api/v3/coins/markets"));
    }
}
