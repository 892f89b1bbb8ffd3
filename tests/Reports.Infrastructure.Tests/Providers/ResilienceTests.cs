using Reports.Domain.Ports;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static Reports.Infrastructure.Tests.Providers.MarketDataHost;

namespace Reports.Infrastructure.Tests.Providers;

/// <summary>
/// The resilience handler every source shares, exercised through the CoinGecko source (one request per fetch,
/// so the server's request count is the number of attempts).
/// </summary>
public sealed class ResilienceTests : IDisposable
{
    private const string GlobalPath = "/api/v3/global";
    private readonly ProviderServer _server = ProviderServer.Start();

    public void Dispose() => _server.Dispose();

    private IMarketDataSource Source(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["MarketData:CoinGecko:BaseUrl"] = _server.Url + "/api/v3" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return Build(settings).Source("coingecko");
    }

    private static IRequestBuilder Global() => Request.Create().WithPath(GlobalPath);

    private static IResponseBuilder Ok() => ProviderServer.Json("coingecko", "global.json");

    [Fact]
    public async Task Server_errors_500_502_503_are_retried_until_success()
    {
        _server.ServeInOrder(Global, ProviderServer.Status(500), ProviderServer.Status(502), ProviderServer.Status(503), Ok());

        var fetch = await Source().FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal(2612345678901.5m, fetch.Snapshot.Global!.TotalMarketCapUsd);
        Assert.Equal(4, _server.Count(GlobalPath));
        Assert.Single(fetch.Raw); // only the answer the snapshot was built from
    }

    [Fact]
    public async Task Too_many_requests_waits_for_Retry_After_then_succeeds()
    {
        _server.ServeInOrder(Global,
            ProviderServer.Json("coingecko", "error-429.json", status: 429).WithHeader("Retry-After", "1"),
            Ok());

        var fetch = await Source().FetchDayAsync(Day, CancellationToken.None);

        // The configured backoff is 10 ms, so a gap of about a second between the server's two arrivals can only
        // come from Retry-After (a lower bound: a slow machine only makes the gap longer).
        var received = _server.Received(GlobalPath).OrderBy(e => e.RequestMessage.DateTime).ToList();
        Assert.Equal(2, received.Count);
        var gap = received[1].RequestMessage.DateTime - received[0].RequestMessage.DateTime;
        Assert.True(gap >= TimeSpan.FromMilliseconds(900), $"retried after {gap.TotalMilliseconds} ms");
        Assert.Equal(132456789012.25m, fetch.Snapshot.Global!.TotalVolumeUsd);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_allowed_fails_at_once_as_rate_limited()
    {
        _server.Serve(Global(), ProviderServer.Json("coingecko", "error-429.json", status: 429).WithHeader("Retry-After", "120"));

        // Retry-After is over MaxRetryAfter (60 s): RateLimited after one call, rather than a wait and a second call.
        var error = await Source().FailsAsync(Day, SourceFailure.RateLimited);

        Assert.Contains("retry after 120 s", error.Message);
        Assert.Equal(1, _server.Count(GlobalPath));
    }

    [Fact]
    public async Task The_retry_budget_is_bounded()
    {
        _server.Serve(Global(), ProviderServer.Status(503, "upstream down"));

        var error = await Source(("MarketData:CoinGecko:MaxRetries", "2")).FailsAsync(Day, SourceFailure.Unavailable);

        Assert.Equal(3, _server.Count(GlobalPath)); // the first attempt and two retries, nothing more
        Assert.Contains("HTTP 503", error.Message);
        Assert.Contains("upstream down", error.Message);
    }

    [Fact]
    public async Task An_answer_slower_than_the_budget_is_a_timeout()
    {
        _server.Serve(Global(), Ok().WithDelay(TimeSpan.FromSeconds(1.5)));

        var error = await Source(
                ("MarketData:CoinGecko:AttemptTimeout", "00:00:00.200"),
                ("MarketData:CoinGecko:TotalTimeout", "00:00:01"),
                ("MarketData:CoinGecko:MaxRetries", "1"))
            .FailsAsync(Day, SourceFailure.Timeout);

        Assert.Contains(GlobalPath, error.Message);
    }

    [Fact]
    public async Task Cancellation_stops_the_call_in_flight_and_is_not_retried()
    {
        // The server holds the answer until the test lets it go: the call is surely in flight when it is cancelled.
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        _server.Serve(Global(), WireMock.ResponseBuilders.Response.Create().WithCallback(async _ =>
        {
            Interlocked.Increment(ref calls);
            arrived.TrySetResult();
            await release.Task;
            return new ResponseMessage { StatusCode = 200 };
        }));
        var source = Source(("MarketData:CoinGecko:AttemptTimeout", "00:00:05"), ("MarketData:CoinGecko:TotalTimeout", "00:00:20"));
        using var cancel = new CancellationTokenSource();

        var fetch = source.FetchDayAsync(Day, cancel.Token);
        await arrived.Task;
        await cancel.CancelAsync();

        // It returns while the server still holds the answer (so it did not wait for it), and asked only once.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.Equal(1, Volatile.Read(ref calls));
        release.TrySetResult();
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_stops_calling()
    {
        _server.Serve(Global(), ProviderServer.Status(503));
        var source = Source(
            ("MarketData:CoinGecko:MaxRetries", "0"),
            ("MarketData:CoinGecko:CircuitBreakerMinimumThroughput", "2"),
            ("MarketData:CoinGecko:CircuitBreakerFailureRatio", "0.5"),
            ("MarketData:CoinGecko:CircuitBreakerBreakDuration", "00:00:30"));

        await source.FailsAsync(Day, SourceFailure.Unavailable);
        await source.FailsAsync(Day, SourceFailure.Unavailable);
        var error = await source.FailsAsync(Day, SourceFailure.Unavailable);

        Assert.Contains("circuit open", error.Message);
        Assert.Equal(2, _server.Count(GlobalPath));
    }

    [Fact]
    public async Task The_client_side_rate_limit_spaces_requests()
    {
        _server.Serve(Global(), Ok());
        // No retries and generous timeouts: on a busy machine a slow answer must not turn into a second request.
        var source = Source(
            ("MarketData:CoinGecko:RateLimitPermits", "2"), ("MarketData:CoinGecko:RateLimitWindow", "00:00:01"),
            ("MarketData:CoinGecko:MaxRetries", "0"),
            ("MarketData:CoinGecko:AttemptTimeout", "00:01:00"), ("MarketData:CoinGecko:TotalTimeout", "00:02:00"));

        var start = TimeProvider.System.GetTimestamp();
        for (var i = 0; i < 3; i++)
        {
            await source.FetchDayAsync(Day, CancellationToken.None);
        }
        var elapsed = TimeProvider.System.GetElapsedTime(start);

        // Two permits per second: the third request waits for the window to move on. A lower bound only (measured
        // from before the first permit was taken): a slow machine can only make it longer.
        Assert.Equal(3, _server.Count(GlobalPath));
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(600), $"three requests took {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_unavailable()
    {
        var url = _server.Url;
        _server.Dispose();
        var settings = new Dictionary<string, string?>
        {
            ["MarketData:CoinGecko:BaseUrl"] = url + "/api/v3",
            ["MarketData:CoinGecko:MaxRetries"] = "1",
        };

        var error = await Build(settings).Source("coingecko").FailsAsync(Day, SourceFailure.Unavailable);

        Assert.Contains("failed", error.Message);
    }
}
