using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;

namespace Reports.Domain;

/// <summary>The domain's one registration: every use case, over the ports the other layers register.</summary>
public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the use cases (transient: they are cheap, and the market-data sources behind <see cref="IngestDay"/>
    /// are typed HttpClients that must not be held for the life of the process) and the system clock unless a host or
    /// test registered another <see cref="TimeProvider"/> first.
    /// </summary>
    public static IServiceCollection AddReportsDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        // Reports
        services.TryAddTransient(sp => new BuildReport(sp.GetRequiredService<IMarketDataStore>(), breakLog: sp.GetService<IWatchBreakLog>()));
        services.TryAddTransient<PublishReport>();
        services.TryAddTransient<ReportOnDemand>();
        services.TryAddTransient<ReadArchive>();
        services.TryAddTransient<RequestReportRebuild>();

        // Market data
        services.TryAddTransient(sp => new IngestDay(
            sp.GetServices<IMarketDataSource>(), sp.GetRequiredService<ISnapshotWriter>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ICoinCapSource>(), sp.GetService<ICoinCapWriter>()));
        services.TryAddTransient<IngestRecentDays>();
        services.TryAddTransient<RequestBackfill>();
        services.TryAddTransient(sp => new ImportMarketData(sp.GetRequiredService<ISnapshotWriter>(), sp.GetService<ICoinCapWriter>()));

        // History bootstrap (per-coin caps are optional: a writer without them still gets every other series)
        services.TryAddTransient(sp => new BootstrapHistory(sp.GetServices<IHistorySource>(), sp.GetRequiredService<ISnapshotWriter>(),
            sp.GetService<ICoinCapWriter>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<RequestHistory>();
        services.TryAddTransient<RunIngestRequest>();

        // Email
        services.TryAddTransient<FanOutDailyEmails>();
        services.TryAddTransient<SendReportEmail>();
        services.TryAddTransient<DeliverReportByHand>();
        services.TryAddTransient<CheckWatchLevels>();
        services.TryAddTransient(sp => new ManageSubscribers(
            sp.GetRequiredService<ISubscriberStore>(), sp.GetRequiredService<TimeProvider>(), ledger: sp.GetService<ISendLedger>()));
        return services;
    }
}
