using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Providers;
using Reports.Infrastructure.Providers.History;
using Reports.Infrastructure.Storage;

namespace Reports.Infrastructure;

/// <summary>The infrastructure layer's one registration: every port the use cases need, from configuration.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>
    /// Blob and queue storage (<c>REPORTS_STORAGE</c>, section <c>Storage</c>), email delivery (section <c>Email</c>)
    /// the live market-data sources and the history sources of the bootstrap (section <c>MarketData</c>). A port registered before this call wins (they are
    /// TryAdds), which is how the CLI puts a data folder in place of blob storage and tests put fakes at a port;
    /// market-data sources registered before are asked beside the configured ones. Options are validated at start-up by the host (or by the caller without one).
    /// </summary>
    public static IServiceCollection AddReportsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReportsStorage(configuration);
        services.AddEmailDelivery(configuration);
        services.AddMarketDataSources(configuration);
        services.AddHistorySources(configuration);
        return services;
    }
}
