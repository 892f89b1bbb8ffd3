using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reports.Domain;
using Reports.Functions.Queues;
using Reports.Infrastructure;
using Reports.Rendering;

namespace Reports.Functions;

/// <summary>
/// The function app's composition root: the three layers' registrations plus the app's own settings. Program.cs and
/// the tests both call <see cref="AddReportsFunctions"/>, so tests run the app's real wiring; the CLI composes the
/// same three layers.
/// </summary>
public static class ReportsFunctionsServices
{
    public static IServiceCollection AddReportsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddReportsDomain()
            .AddReportsInfrastructure(configuration)
            .AddReportsRendering();

        services.AddOptions<ReportsFunctionsOptions>()
            .Bind(configuration.GetSection(ReportsFunctionsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<TimerSchedules>()
            .Configure(schedules => schedules.Read(configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<Http.Archive.PublicArchiveOptions>()
            .Bind(configuration.GetSection(Http.Archive.PublicArchiveOptions.SectionName))
            .Configure(o => o.PublicBaseUrl = configuration[Http.Archive.PublicArchiveOptions.PublicBaseUrlSetting]?.Trim() ?? "")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<FailedMessageLog>();
        return services;
    }

    /// <summary>Runs the start-up validation of every options class, as the host does before the first function runs.</summary>
    /// <exception cref="OptionsValidationException">A setting is missing or wrong; the message names it.</exception>
    /// <exception cref="AggregateException">Settings of several options classes are wrong: one OptionsValidationException each.</exception>
    public static void ValidateOnStart(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();
}
