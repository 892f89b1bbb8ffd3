using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
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

        // Market-data sources arrive as IEnumerable<IMarketDataSource>; Reports.Infrastructure's
        // AddMarketDataSources(configuration) registers the live providers once that project has them.
        foreach (var renderer in ReportRenderers.All)
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReportRenderer), renderer));

        services.TryAddSingleton(sp => new IngestDay(
            sp.GetServices<IMarketDataSource>(), sp.GetRequiredService<ISnapshotWriter>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new PublishReport(
            sp.GetRequiredService<IMarketDataStore>(), sp.GetRequiredService<IReportArchive>(), sp.GetServices<IReportRenderer>()));
        services.TryAddSingleton(sp => new ReportOnDemand(sp.GetRequiredService<IMarketDataStore>(), sp.GetRequiredService<IReportArchive>()));
        services.TryAddSingleton(sp => new RequestBackfill(sp.GetRequiredService<IIngestRequestQueue>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Runs the start-up validation of every options class, as the host does before the first function runs.</summary>
    /// <exception cref="OptionsValidationException">A setting is missing or wrong; the message names it.</exception>
    public static void ValidateOnStart(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();
}
