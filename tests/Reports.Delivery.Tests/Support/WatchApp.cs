using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using CheckWatchLevelsFunction = Reports.Functions.Timers.CheckWatchLevels;

namespace Reports.Delivery.Tests.Support;

/// <summary>
/// The function app's own wiring for the watch-alert tests: tables and queues in Azurite, email through smtp4dev,
/// prices from a WireMock Binance ticker answering in its documented shape
/// (<c>GET /api/v3/ticker/price?symbol=BTCUSDT</c> → <c>{"symbol":"BTCUSDT","price":"64530.66000000"}</c>), time from
/// a FakeTimeProvider; the edition of <see cref="SampleReport.Day"/> is archived as the daily build would.
/// </summary>
internal sealed class WatchApp : IAsyncDisposable
{
    private WatchApp(WireMockServer ticker, ServiceProvider services)
    {
        Ticker = ticker;
        Services = services;
    }

    public WireMockServer Ticker { get; }

    public ServiceProvider Services { get; }

    public static async Task<WatchApp> StartAsync(Smtp4devServer smtp, AzuriteServer azurite, TimeProvider clock, IMarketDataStore market)
    {
        var ticker = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{LocalProcess.FreePort()}"], StartAdminInterface = false });
        var settings = FunctionAppSettings.For(Guid.NewGuid().ToString("N")[..8], azurite.ConnectionString, smtp.SmtpPort);
        settings["MarketData:CoinGecko:Enabled"] = "false";
        settings["MarketData:Stooq:Enabled"] = "false";
        settings["MarketData:Binance:SpotBaseUrl"] = ticker.Urls[0].Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal);
        // Retries wait on the clock, and this clock is fake: one attempt, so an outage answers at once.
        settings["MarketData:Binance:MaxRetries"] = "0";
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug))
            .AddSingleton(clock)
            .AddSingleton(market);
        services.AddReportsFunctions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var app = new WatchApp(ticker, services.BuildServiceProvider());
        ReportsFunctionsServices.ValidateOnStart(app.Services);
        await app.Services.GetRequiredService<PublishReport>().RunAsync(SampleReport.Day, default);
        return app;
    }

    /// <summary>The timer function, activated as the worker does.</summary>
    public CheckWatchLevelsFunction Function() => ActivatorUtilities.CreateInstance<CheckWatchLevelsFunction>(Services);

    /// <summary>The ticker answers <paramref name="pair"/> with <paramref name="price"/> (a later call for the same pair wins).</summary>
    public void Price(string pair, decimal price) =>
        Ticker.Given(Request.Create().WithPath("/api/v3/ticker/price").WithParam("symbol", pair).UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody($"{{\"symbol\":\"{pair}\",\"price\":\"{price.ToString("0.00000000", System.Globalization.CultureInfo.InvariantCulture)}\"}}"));

    public async ValueTask DisposeAsync()
    {
        Ticker.Stop();
        await Services.DisposeAsync();
    }
}
