using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Reports.Infrastructure.DataFolder;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Reports.Cli.Tests;

/// <summary>
/// <c>bootstrap</c> end to end against providers played back on 127.0.0.1 (<see cref="HistoryPlayback"/>): a fresh
/// data folder gets every figure the first report needs, a re-run asks only for what is missing, and a failing
/// provider leaves the others' days written.
/// </summary>
public sealed class BootstrapCommandTests : IDisposable
{
    /// <summary>The morning after the sample's headline day (the 2026-02-05 selloff).</summary>
    private static readonly DateOnly Today = new(2026, 2, 6);
    private static readonly DateOnly Last = Today.AddDays(-1);
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    private readonly HistoryPlayback providers = new(Today);
    private readonly TempFolder tmp = new();

    public void Dispose()
    {
        providers.Dispose();
        tmp.Dispose();
    }

    [Fact]
    public async Task A_fresh_folder_gets_every_section_of_the_first_report_and_a_rerun_fetches_nothing_again()
    {
        var data = tmp.File("data");
        string[] bootstrap = ["bootstrap", "--days", "400", "--out", data, "--settings", providers.Settings(tmp)];

        var run = await CliRun.RunAsync(Clock, bootstrap);

        Assert.True(run.ExitCode == 0, run.Output);
        var loaded = await new DataFolderStore(data).LoadAsync(null, CancellationToken.None);
        Assert.All(loaded.Assets, a => Assert.Equal(400, a.Daily.Count));
        Assert.All(loaded.Assets, a => Assert.Equal(400 * 6, a.FourHour.Count));
        Assert.All(loaded.Assets, a => Assert.Equal(30, a.Derivatives.Count(p => p.OpenInterestUsd is not null)));
        Assert.Equal(Last.AddDays(-29), loaded.Assets[0].Derivatives.Min(p => p.Date));
        Assert.Equal(364, loaded.Global.Count);
        Assert.Equal((Last.AddDays(-363), Last), (loaded.Global[0].Date, loaded.Global[^1].Date));
        Assert.Equal(3, loaded.CrossMarkets.Count);

        var caps = File.ReadAllLines(Path.Combine(data, "marketcaps.csv"));
        Assert.Equal("date,symbol,market_cap_usd,category", caps[0]);
        Assert.Equal(1 + 364 * 3, caps.Length);
        Assert.Contains(caps, l => l.StartsWith($"{Last:yyyy-MM-dd},USDT,", StringComparison.Ordinal) && l.EndsWith(",stablecoin", StringComparison.Ordinal));
        Assert.Contains(caps, l => l.StartsWith($"{Last:yyyy-MM-dd},BTC,", StringComparison.Ordinal) && l.EndsWith(",other", StringComparison.Ordinal));

        // The report for the last day has every section; the only gap is liquidations (no CoinGlass key).
        var json = tmp.File("report.json");
        var report = await CliRun.RunAsync(Clock, "report", "--data", data, "--date", $"{Last:yyyy-MM-dd}", "--out", json);
        Assert.True(report.ExitCode == 0, report.Output);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        var root = doc.RootElement;
        Assert.Equal(["No liquidation data for the day."], root.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));
        var market = root.GetProperty("market");
        foreach (var figure in new[] { "drainUsd", "swingHighDate", "cyclePeakDate", "lossFromPeakPct", "totalVolumeUsd" })
            Assert.NotEqual(JsonValueKind.Null, market.GetProperty(figure).ValueKind);
        foreach (var asset in root.GetProperty("assets").EnumerateArray())
        {
            Assert.NotEqual(JsonValueKind.Null, asset.GetProperty("openInterestUsd").ValueKind);
            Assert.NotEqual(JsonValueKind.Null, asset.GetProperty("openInterestWeekChangePct").ValueKind);
            Assert.True(asset.GetProperty("lowestOnRecord").GetBoolean() || asset.GetProperty("weakestSinceDate").ValueKind != JsonValueKind.Null);
            Assert.NotEmpty(asset.GetProperty("supportLevels").EnumerateArray());
        }
        Assert.All(root.GetProperty("crossMarkets").EnumerateArray(), m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("close").ValueKind));
        // The sources appendix says which days of the total market cap are estimated.
        var global = root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("origin").GetString() == "global.csv");
        Assert.StartsWith($"days {Last.AddDays(-363):yyyy-MM-dd}..{Last:yyyy-MM-dd} are estimated (global-estimated): sum of CoinGecko daily market caps of the top 3 coins",
            global.GetProperty("provenance").GetString());

        // Re-run: every day is there, so no provider is asked for candles or charts again.
        var klines = providers.Count("/api/v3/klines");
        var charts = providers.Count("/api/v3/coins");
        var files = Snapshot(data);
        var again = await CliRun.RunAsync(Clock, bootstrap);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(klines, providers.Count("/api/v3/klines"));
        Assert.Equal(charts, providers.Count("/api/v3/coins"));
        var after = Snapshot(data);
        Assert.Equal(files.Keys.Order(), after.Keys.Order());
        Assert.All(files, f => Assert.Equal(f.Value, after[f.Key]));
    }

    [Fact]
    public async Task The_estimated_total_matches_the_real_total_within_the_drift_of_the_top_coins_share()
    {
        var data = tmp.File("data");
        var run = await CliRun.RunAsync(Clock, "bootstrap", "--days", "400", "--out", data, "--settings", providers.Settings(tmp));
        Assert.True(run.ExitCode == 0, run.Output);

        var estimated = (await new DataFolderStore(data).LoadAsync(null, CancellationToken.None)).Global;
        // The estimate assumes the top coins' share of the total is today's on every day; its error on a day is the
        // share's drift since (here 72% → 75% over 400 days: at most 4%), and nil on the day the scale is taken.
        var errors = estimated.Select(p => Math.Abs(p.TotalMarketCapUsd / providers.Total(p.Date) - 1m)).ToList();
        Assert.True(errors.Max() <= 0.04m, $"largest error {errors.Max():P2}");
        Assert.True(errors[^1] < 0.0005m, $"error on {Last:yyyy-MM-dd}: {errors[^1]:P4}"); // one day of drift
        Assert.True(errors[0] > 0.02m, "the check must be able to see the drift");
    }

    [Fact]
    public async Task A_provider_down_for_the_whole_run_leaves_the_others_days_written()
    {
        providers.Fault(Request.Create().WithPath("/q/d/l/"), Response.Create().WithStatusCode(503));
        var data = tmp.File("data");

        var run = await CliRun.RunAsync(Clock, "bootstrap", "--days", "400", "--out", data, "--settings", providers.Settings(tmp));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("stooq", run.Output);
        Assert.Contains("chunks failed; the others are stored", run.Output);
        var loaded = await new DataFolderStore(data).LoadAsync(null, CancellationToken.None);
        Assert.Empty(loaded.CrossMarkets);
        Assert.All(loaded.Assets, a => Assert.Equal(400, a.Daily.Count));
        Assert.Equal(364, loaded.Global.Count);
    }

    [Fact]
    public async Task A_429_with_retry_after_midway_is_waited_for_and_the_run_completes()
    {
        // The second coin's chart is refused once with Retry-After, then served.
        var chart = () => Request.Create().WithPath("/api/v3/coins/ethereum/market_chart");
        providers.Server.Given(chart().UsingGet()).AtPriority(1).InScenario("429").WillSetStateTo("served")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        var data = tmp.File("data");

        var run = await CliRun.RunAsync(Clock, "bootstrap", "--days", "400", "--out", data, "--settings", providers.Settings(tmp, retries: 2));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(2, providers.Server.LogEntries.Count(e => e.RequestMessage.Path == "/api/v3/coins/ethereum/market_chart"));
        Assert.Equal(364, (await new DataFolderStore(data).LoadAsync(null, CancellationToken.None)).Global.Count);
    }

    [Fact]
    public async Task Bad_arguments_exit_2_with_one_line()
    {
        var both = await CliRun.RunAsync(Clock, "bootstrap", "--out", tmp.File("d"), "--storage", "UseDevelopmentStorage=true");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exactly one of --storage", both.Output);
        var tooMany = await CliRun.RunAsync(Clock, "bootstrap", "--days", "5000", "--out", tmp.File("d"));
        Assert.Equal(2, tooMany.ExitCode);
        Assert.Contains("--days must be between 1 and 1000", tooMany.Output);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
