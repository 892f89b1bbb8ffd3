using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Reports.Cli.Tests;

/// <summary>
/// ingest's success path end to end: the CLI asks a real HTTP server on 127.0.0.1 that answers like Binance
/// (recorded responses from TestData/binance), and the data folder it writes reads back as exactly those figures.
/// </summary>
/// <remarks>The CLI runs on a fixed clock (01:00 UTC the day after the recorded day), so Binance's 30-day window for
/// open interest and the "day has closed" rule see the recorded day as yesterday.</remarks>
public sealed class IngestFromBinanceTests : IDisposable
{
    private static readonly DateOnly RecordedDay = new(2026, 2, 2);
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 3, 1, 0, 0, TimeSpan.Zero));
    private readonly WireMockServer server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [$"http://127.0.0.1:{FreePort()}"],
        StartAdminInterface = false,
    });

    public void Dispose() => server.Stop();

    private string Url => server.Urls[0].Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal);

    [Fact]
    public async Task A_day_from_binance_lands_in_the_folder_as_served_and_a_rerun_keeps_the_files()
    {
        var day = RecordedDay;
        Serve(Klines("1d"), Recorded("klines-BTCUSDT-1d.json"));
        Serve(Klines("4h"), Recorded("klines-BTCUSDT-4h.json"));
        Serve(Request.Create().WithPath("/futures/data/openInterestHist").WithParam("symbol", "BTCUSDT").WithParam("period", "1d"),
            Recorded("open-interest-BTCUSDT.json"));

        using var tmp = new TempFolder();
        var settings = tmp.File("settings.json", $$"""
        {
          "MarketData": {
            "Assets": [ "BTC" ],
            "Binance": {
              "SpotBaseUrl": "{{Url}}", "FuturesBaseUrl": "{{Url}}/",
              "MaxRetries": 0, "AttemptTimeout": "00:01:00", "TotalTimeout": "00:02:00", "RetryBaseDelay": "00:00:00.010"
            }
          }
        }
        """);
        var data = tmp.File("data");
        string[] ingest = ["ingest", "--date", $"{day:yyyy-MM-dd}", "--sources", "binance", "--out", data, "--settings", settings];

        var first = await CliRun.RunAsync(Clock, ingest);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains($"wrote {day:yyyy-MM-dd} from binance", first.Output);
        Assert.Equal(3, server.LogEntries.Count()); // 1d klines, 4h klines, open interest: one call each, no retries
        var btc = Assert.Single((await new DataFolderStore(data).LoadAsync(null, CancellationToken.None)).Assets);
        Assert.Equal("BTC", btc.Symbol);
        var daily = Assert.Single(btc.Daily);
        Assert.Equal(day, daily.Day);
        Assert.Equal((78512.30m, 79980.00m, 76205.10m, 77410.55m), (daily.Open, daily.High, daily.Low, daily.Close));
        Assert.Equal(1412345678.901234m, daily.Volume); // the quote (USDT) volume
        Assert.Equal([0, 4, 8, 12, 16, 20], btc.FourHour.Select(c => c.OpenTime.Hour));
        Assert.All(btc.FourHour, c => Assert.Equal(day, c.Day));
        Assert.Equal([79102.40m, 78250.00m, 76540.75m, 77301.20m, 77102.00m, 77410.55m], btc.FourHour.Select(c => c.Close));
        Assert.Equal(76205.10m, btc.FourHour[2].Low);
        Assert.Equal(244001234.5m, btc.FourHour[0].Volume);
        Assert.Equal(new DerivativesPoint(day, 7596543210.12345678m, null, null), Assert.Single(btc.Derivatives));

        var written = Snapshot(data);
        var second = await CliRun.RunAsync(Clock, ingest);

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(6, server.LogEntries.Count()); // the re-run really fetched again
        var rewritten = Snapshot(data);
        Assert.Equal(written.Keys.Order(), rewritten.Keys.Order());
        Assert.All(written, file => Assert.Equal(file.Value, rewritten[file.Key]));
    }

    private static IRequestBuilder Klines(string interval) =>
        Request.Create().WithPath("/api/v3/klines").WithParam("symbol", "BTCUSDT").WithParam("interval", interval);

    private void Serve(IRequestBuilder request, string body) =>
        server.Given(request.UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    private static string Recorded(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "binance", file));

    /// <summary>Every file under the folder, by relative path, with its bytes.</summary>
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
