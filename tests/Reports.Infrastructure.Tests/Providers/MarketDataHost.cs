using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reports.Domain.Ports;
using Reports.Infrastructure;
using Reports.Infrastructure.Providers;

namespace Reports.Infrastructure.Tests.Providers;

/// <summary>
/// Builds the container the way the app will (<c>AddReportsInfrastructure</c> over configuration), with a fixed
/// "today" and resilience settings short enough that retries and timeouts take milliseconds.
/// </summary>
internal static class MarketDataHost
{
    /// <summary>Half an hour after the close of <see cref="Day"/>.</summary>
    public static readonly DateTimeOffset Now = new(2026, 2, 3, 0, 30, 0, TimeSpan.Zero);

    /// <summary>Monday 2 February 2026, the day most tests fetch.</summary>
    public static readonly DateOnly Day = new(2026, 2, 2);

    private static readonly string[] Sections = ["CoinGecko", "Binance", "CoinGlass", "Stooq", "Yahoo"];

    public static ServiceProvider Build(IDictionary<string, string?> settings, DateTimeOffset? now = null)
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in Sections)
        {
            // Generous: on a busy machine a slow answer must not become a retry (the timeout tests set their own).
            merged[$"MarketData:{section}:AttemptTimeout"] = "00:01:00";
            merged[$"MarketData:{section}:TotalTimeout"] = "00:02:00";
            merged[$"MarketData:{section}:RetryBaseDelay"] = "00:00:00.010";
            merged[$"MarketData:{section}:MaxRetries"] = "3";
            merged[$"MarketData:{section}:RateLimitPermits"] = "1000";
            merged[$"MarketData:{section}:CircuitBreakerMinimumThroughput"] = "100";
        }
        foreach (var (key, value) in settings)
        {
            merged[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(merged).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new MarketDataClock(new FakeTimeProvider(now ?? Now)));
        services.AddReportsInfrastructure(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        provider.ValidateMarketDataOptions();
        return provider;
    }

    public static IMarketDataSource Source(this ServiceProvider provider, string name) =>
        provider.GetRequiredService<MarketDataSourceCatalog>().Get(name);

    /// <summary>Runs the fetch and returns the source's exception, failing the test if it succeeds.</summary>
    public static async Task<MarketDataSourceException> FailsAsync(this IMarketDataSource source, DateOnly day, SourceFailure expected)
    {
        var error = await Assert.ThrowsAsync<MarketDataSourceException>(() => source.FetchDayAsync(day, CancellationToken.None));
        Assert.True(expected == error.Failure, $"expected {expected}, got {error.Failure}: {error.Message}");
        Assert.Equal(source.Name, error.SourceName);
        return error;
    }
}
