using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reports.Domain.Ports;

namespace Reports.Rendering;

/// <summary>The rendering layer's one registration.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>
    /// Every output format of <see cref="ReportRenderers.All"/> as an <see cref="IReportRenderer"/> and the subscriber
    /// email as the <see cref="IReportEmailComposer"/> (stateless singletons).
    /// </summary>
    public static IServiceCollection AddReportsRendering(this IServiceCollection services)
    {
        foreach (var renderer in ReportRenderers.All)
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReportRenderer), renderer));
        services.TryAddSingleton<IReportEmailComposer, Email.ReportEmailComposer>();
        services.TryAddSingleton<IWatchAlertComposer, Email.WatchAlertComposer>();
        return services;
    }
}
