namespace Reports.Cli.Tests;

/// <summary>ingest's failure paths: providers unreachable on loopback, unknown sources. Success per provider is
/// covered against recorded responses in Reports.Infrastructure.Tests/Providers.</summary>
public class IngestCommandTests
{
    [Fact]
    public async Task Unreachable_providers_fail_with_3_and_write_nothing()
    {
        using var tmp = new TempFolder();
        // Every provider points at a closed loopback port; retries kept tiny so the test is quick.
        var settings = tmp.File("settings.json", """
        {
          "MarketData": {
            "Assets": [ "BTC" ],
            "CrossMarkets": [ "GOLD" ],
            "CoinGecko": { "BaseUrl": "http://127.0.0.1:9/api/v3/" },
            "Binance": { "SpotBaseUrl": "http://127.0.0.1:9/", "FuturesBaseUrl": "http://127.0.0.1:9/" },
            "Stooq": { "BaseUrl": "http://127.0.0.1:9/", "FallbackBaseUrl": "http://127.0.0.1:9/" }
          }
        }
        """);
        var run = await CliRun.RunAsync("ingest", "--date", "2026-02-05", "--sources", "binance", "--out", tmp.File("data"), "--settings", settings);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("binance", run.Output);
        Assert.Contains("1 of 1 sources failed", run.Output);
        Assert.False(Directory.Exists(tmp.File("data")));
    }

    [Fact]
    public async Task An_unknown_source_is_a_bad_argument()
    {
        using var tmp = new TempFolder();
        var run = await CliRun.RunAsync("ingest", "--date", "2026-02-05", "--sources", "nosuch", "--out", tmp.File("data"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nosuch", run.Output);
    }

    [Fact]
    public async Task A_missing_settings_file_is_a_bad_argument()
    {
        var run = await CliRun.RunAsync("ingest", "--out", "/tmp/never", "--settings", "/nonexistent/settings.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file not found", run.Output);
    }
}
