using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Reports.Domain.Ports;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Tests.Support;

/// <summary>
/// The worker's service provider built the way Program.cs builds it (<see cref="ReportsFunctionsServices.AddReportsFunctions"/>),
/// with the live providers switched off by their settings and fakes at the ports instead: market-data sources, the
/// clock, a test renderer (beside the real PDF/HTML/JSON ones) and a log collector.
/// Each app gets its own containers, so tests sharing one Azurite do not see each other's blobs.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    /// <summary>00:15 UTC on 2 February 2026: yesterday, the last complete day, is 1 February.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 2, 2, 0, 15, 0, TimeSpan.Zero);

    public static readonly DateOnly Yesterday = new(2026, 2, 1);

    private readonly ServiceProvider provider;

    private TestApp(ServiceProvider provider, FakeTimeProvider clock)
    {
        this.provider = provider;
        Clock = clock;
    }

    public IServiceProvider Services => provider;

    public FakeTimeProvider Clock { get; }

    public FakeLogCollector Logs => provider.GetFakeLogCollector();

    public BlobContainerClient Snapshots => Container(o => o.SnapshotsContainer);

    public BlobContainerClient Reports => Container(o => o.ReportsContainer);

    public QueueClient IngestQueue => provider.GetRequiredService<QueueServiceClient>().GetQueueClient(Infrastructure.Storage.IngestQueue.Name);

    public static TestApp Create(
        string connectionString, IEnumerable<IMarketDataSource> sources, Action<IDictionary<string, string?>>? settings = null, Action<IServiceCollection>? more = null)
    {
        var containers = Guid.NewGuid().ToString("N")[..10];
        var values = new Dictionary<string, string?>
        {
            [ReportsStorageOptions.ConnectionName] = connectionString,
            [TimerSchedules.Ingest] = "0 10 0 * * *",
            [TimerSchedules.Report] = "0 40 0 * * *",
            [TimerSchedules.Email] = "0 0 1 * * *",
            [TimerSchedules.Watch] = "0 5 * * * *",
            ["Storage:SnapshotsContainer"] = $"snapshots-{containers}",
            ["Storage:ReportsContainer"] = $"reports-{containers}",
            // Fail fast when Azurite is down: one retry, short timeouts.
            ["Storage:MaxRetries"] = "1",
            ["Storage:NetworkTimeout"] = "00:00:05",
            // No internet here: the live providers are switched off and fakes stand in at the port.
            ["MarketData:CoinGecko:Enabled"] = "false",
            ["MarketData:Binance:Enabled"] = "false",
            ["MarketData:Stooq:Enabled"] = "false",
        };
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var clock = new FakeTimeProvider(DefaultNow);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(clock);
        foreach (var source in sources) services.AddSingleton(source);
        services.AddSingleton<IReportRenderer, FiguresRenderer>();
        more?.Invoke(services);
        services.AddReportsFunctions(configuration);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        ReportsFunctionsServices.ValidateOnStart(provider);
        return new TestApp(provider, clock);
    }

    /// <summary>A function class created the way the worker activates it (constructor injection from the provider).</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(provider);

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private BlobContainerClient Container(Func<ReportsStorageOptions, string> name) =>
        provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(
            name(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReportsStorageOptions>>().Value));
}
