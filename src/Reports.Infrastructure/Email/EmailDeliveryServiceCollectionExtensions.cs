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
    /// Registers email delivery: the MailKit sender, subscribers and send ledger in Table Storage, the request
    /// queue, and the use cases (FanOutDailyEmails, SendReportEmail, ManageSubscribers, DeliverReportByHand).
    /// Settings come from the "Email" section (docs/email.md) and are validated at start-up.
    /// Storage is the app's (<see cref="StorageServiceCollectionExtensions.AddReportsStorage"/>, added here when missing):
    /// the PDF is the one the daily build archived, the summary is rebuilt from the same stored market data.
    /// </summary>
    public static IServiceCollection AddEmailDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .Configure(o => o.UsePublicBaseUrl(configuration[EmailOptions.PublicBaseUrlSetting]))
            .ValidateOnStart();
        services.AddOptions<EmailStorageOptions>().Bind(configuration.GetSection(EmailStorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.SubscribersTable) && !string.IsNullOrWhiteSpace(o.LedgerTable) && !string.IsNullOrWhiteSpace(o.RequestQueue),
                "Email:Storage table and queue names cannot be empty");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>>(
            new EmailOptionsValidator(() => !string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.Host)}"]))));

        services.TryAddSingleton(TimeProvider.System);
        // The account, the report archive and the market data come from the app's storage registration.
        if (!services.Any(d => d.ServiceType == typeof(IReportArchive))) services.AddReportsStorage(configuration);
        services.TryAddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<ReportsStorageOptions>>().Value;
            return EmailStorage.Connect(storage, sp.GetRequiredService<IOptions<EmailStorageOptions>>().Value,
                EmailStorage.ConfiguredTableServiceUri(configuration), StorageClients.Credential(storage));
        });
        services.TryAddSingleton<IEmailSender, MailKitEmailSender>();
        services.TryAddSingleton<ISubscriberStore>(sp => new TableSubscriberStore(sp.GetRequiredService<EmailStorage>().Subscribers));
        services.TryAddSingleton<ISendLedger>(sp => new TableSendLedger(sp.GetRequiredService<EmailStorage>().Ledger));
        services.TryAddSingleton<IEmailRequestQueue>(sp =>
        {
            var storage = sp.GetRequiredService<EmailStorage>();
            return new StorageQueueEmailRequests(storage.Requests, storage.Poison);
        });
        services.TryAddSingleton<IReportEditionSource>(sp => new CachedReportEditionSource(
            new ArchivedReportEditionSource(sp.GetRequiredService<IMarketDataStore>(), sp.GetRequiredService<IReportArchive>()),
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Policy());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.EmailSettings());

        services.TryAddTransient<FanOutDailyEmails>();
        services.TryAddTransient<SendReportEmail>();
        services.TryAddTransient<DeliverReportByHand>();
        services.TryAddTransient(sp => new ManageSubscribers(sp.GetRequiredService<ISubscriberStore>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
