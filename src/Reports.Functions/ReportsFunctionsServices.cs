using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Providers;
using Reports.Infrastructure.Providers.History;
using Reports.Infrastructure.Storage;
using Reports.Rendering;

namespace Reports.Functions;

/// <summary>Every service the functions need. Program.cs and the tests both call this, so tests run the app's real wiring.</summary>
public static class ReportsFunctionsServices
{
    public static IServiceCollection AddReportsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ReportsFunctionsOptions>()
            .Bind(configuration.GetSection(ReportsFunctionsOptions.SectionName))
            .Configure(o => o.ReadSchedules(configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddReportsStorage(configuration);

        // Subscribers, send ledger, email queue and the SMTP sender (off until Email:Smtp:Host is set).
        services.AddEmailDelivery(configuration);

        // The live providers (coingecko, binance, coinglass with a key, stooq), each an IMarketDataSource.
        services.AddMarketDataSources(configuration);
        foreach (var renderer in ReportRenderers.All)
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReportRenderer), renderer));

        // Use cases are cheap and transient: the sources behind IngestDay are typed HttpClients, which must not be
        // held for the life of the process (their handlers are recycled by the HttpClient factory).
        services.TryAddTransient(sp => new IngestDay(
            sp.GetServices<IMarketDataSource>(), sp.GetRequiredService<ISnapshotWriter>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(sp => new PublishReport(
            sp.GetRequiredService<IMarketDataStore>(), sp.GetRequiredService<IReportArchive>(), sp.GetServices<IReportRenderer>()));
        services.TryAddTransient(sp => new ReportOnDemand(sp.GetRequiredService<IMarketDataStore>(), sp.GetRequiredService<IReportArchive>()));
        services.TryAddTransient(sp => new RequestBackfill(sp.GetRequiredService<IIngestRequestQueue>(), sp.GetRequiredService<TimeProvider>()));

        // The history bootstrap (docs/providers.md): sources that serve past days, per-coin caps, chunks on the ingest queue.
        services.AddHistorySources(configuration);
        services.TryAddSingleton<ICoinCapWriter, BlobCoinCapWriter>();
        services.TryAddSingleton<IHistoryRequestQueue, QueueHistoryRequests>();
        services.TryAddTransient(sp => new BootstrapHistory(sp.GetServices<IHistorySource>(), sp.GetRequiredService<ISnapshotWriter>(),
            sp.GetRequiredService<ICoinCapWriter>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<RequestHistory>();
        return services;
    }

    /// <summary>Runs the start-up validation of every options class, as the host does before the first function runs.</summary>
    /// <exception cref="OptionsValidationException">A setting is missing or wrong; the message names it.</exception>
    /// <exception cref="AggregateException">Settings of several options classes are wrong: one OptionsValidationException each.</exception>
    public static void ValidateOnStart(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();
}
