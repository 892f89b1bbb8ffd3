using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage;
using Reports.Infrastructure.Subscribers;

namespace Reports.Infrastructure.Email;

public static class EmailDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers email delivery's ports: the MailKit sender, subscribers and send ledger in Table Storage, the request
    /// queue, the report editions, and the settings the email use cases read. Settings come from the "Email" section
    /// (docs/email.md) and are validated at start-up. Part of <see cref="InfrastructureServiceCollectionExtensions.AddReportsInfrastructure"/>,
    /// which also registers the storage this reads (the PDF the daily build archived, the same stored market data).
    /// </summary>
    internal static IServiceCollection AddEmailDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .Configure(o => o.UsePublicBaseUrl(configuration[EmailOptions.PublicBaseUrlSetting]))
            .ValidateOnStart();
        services.AddOptions<EmailStorageOptions>().Bind(configuration.GetSection(EmailStorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.SubscribersTable) && !string.IsNullOrWhiteSpace(o.LedgerTable) && !string.IsNullOrWhiteSpace(o.AlertLedgerTable)
                    && !string.IsNullOrWhiteSpace(o.WatchBreaksTable)
                    && !string.IsNullOrWhiteSpace(o.RequestQueue),
                "Email:Storage table and queue names cannot be empty");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>>(
            new EmailOptionsValidator(() => !string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.Host)}"]))));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<ReportsStorageOptions>>().Value;
            return EmailStorage.Connect(storage, sp.GetRequiredService<IOptions<EmailStorageOptions>>().Value,
                EmailStorage.ConfiguredTableServiceUri(configuration), StorageClients.Credential(storage));
        });
        services.TryAddSingleton<IEmailSender, MailKitEmailSender>();
        services.TryAddSingleton<ISubscriberStore>(sp => new TableSubscriberStore(sp.GetRequiredService<EmailStorage>().Subscribers));
        services.TryAddSingleton<ISendLedger>(sp => new TableSendLedger(sp.GetRequiredService<EmailStorage>().Ledger));
        services.TryAddSingleton<IAlertLedger>(sp => new TableAlertLedger(sp.GetRequiredService<EmailStorage>().Alerts));
        services.TryAddSingleton<IWatchLevelSource, Watch.ArchivedWatchLevels>();
        // Read by BuildReport too (AddReportsDomain): the breaks of D join D's scored calls.
        services.TryAddSingleton<IWatchBreakLog>(sp => new Watch.TableWatchBreakLog(sp.GetRequiredService<EmailStorage>().Breaks));
        services.TryAddSingleton<IEmailRequestQueue>(sp =>
        {
            var storage = sp.GetRequiredService<EmailStorage>();
            return new StorageQueueEmailRequests(storage.Requests, storage.Poison);
        });
        services.TryAddSingleton<IReportEditionSource>(sp => new CachedReportEditionSource(
            // The archived JSON edition is summarised by the email composer (AddReportsRendering); an archive without
            // one has the article rebuilt by the domain's BuildReport (AddReportsDomain) from the stored market data.
            new ArchivedReportEditionSource(sp.GetRequiredService<BuildReport>(), sp.GetRequiredService<IReportArchive>(), sp.GetRequiredService<IReportEmailComposer>()),
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Policy());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.EmailSettings());
        return services;
    }
}
