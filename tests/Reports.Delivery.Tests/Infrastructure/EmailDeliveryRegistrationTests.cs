using Reports.Domain;
using Reports.Infrastructure;
using Reports.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;

namespace Reports.Delivery.Tests.Infrastructure;

[Collection(DeliveryServers.Name)]
public sealed class EmailDeliveryRegistrationTests(AzuriteServer azurite)
{
    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["REPORTS_STORAGE"] = azurite.ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddReportsDomain().AddReportsInfrastructure(configuration).AddReportsRendering().BuildServiceProvider();
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Email:Smtp:Host"] = "smtp.azurecomm.net",
        ["Email:Smtp:Port"] = "587",
        ["Email:Smtp:Security"] = "StartTls",
        ["Email:Smtp:UserName"] = "flowreports-acs.00000000-0000-0000-0000-000000000001.00000000-0000-0000-0000-000000000002",
        ["Email:Smtp:Password"] = "from-key-vault",
        ["Email:From"] = "DoNotReply@Mail.Flow-Reports.example.com",
        ["Reports:PublicBaseUrl"] = "https://flow.example.com/",
        ["Email:MaxAttempts"] = "6",
    };

    [Fact]
    public async Task A_valid_configuration_resolves_every_use_case_with_its_settings()
    {
        await using var services = Build(Valid());

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.NotNull(services.GetRequiredService<SendReportEmail>());
        Assert.NotNull(services.GetRequiredService<FanOutDailyEmails>());
        Assert.NotNull(services.GetRequiredService<ManageSubscribers>());
        Assert.NotNull(services.GetRequiredService<DeliverReportByHand>());
        Assert.IsType<MailKitEmailSender>(services.GetRequiredService<IEmailSender>());
        Assert.IsType<CachedReportEditionSource>(services.GetRequiredService<IReportEditionSource>());
        Assert.Equal(6, services.GetRequiredService<DeliveryPolicy>().MaxAttempts);
        Assert.Equal(
            // The read-online link is the public archive's page of the day (no function key), and the feed is linked.
            new ReportEmailSettings("https://flow.example.com/api/archive/{date}", "https://flow.example.com/api/unsubscribe?token={token}", "mail.flow-reports.example.com",
                "https://flow.example.com/api/feed.atom"),
            services.GetRequiredService<ReportEmailSettings>());
        Assert.Equal("email-requests", services.GetRequiredService<EmailStorage>().Requests.Name);
        Assert.Equal("email-requests-poison", services.GetRequiredService<EmailStorage>().Poison.Name);
    }

    [Fact]
    public async Task Start_up_fails_listing_every_wrong_setting()
    {
        var settings = Valid();
        settings["Email:Smtp:Port"] = "0";
        settings["Email:Smtp:Security"] = "None";
        settings["Email:From"] = "reports";
        settings["Reports:PublicBaseUrl"] = null;
        settings["Email:ReportUrlTemplate"] = "/api/reports/{date}";
        await using var services = Build(settings);

        var failure = Assert.Throws<AggregateException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        var messages = failure.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.Contains("Email:Smtp:Port 0 is not a TCP port", messages);
        Assert.Contains("Email:Smtp:Security must be StartTls or SslOnConnect when credentials are set: they would travel in clear text", messages);
        Assert.Contains("Email:From 'reports' is not a usable sender address: it must contain exactly one '@'", messages);
        Assert.Contains("Email:ReportUrlTemplate (or Reports:PublicBaseUrl) must be an absolute http(s) URL, with {date} for the day", messages);
    }

    [Fact]
    public async Task Without_an_smtp_host_email_is_off_and_the_app_still_starts()
    {
        // What infra deploys before a mail service is set up: no host, the password's Key Vault reference regardless.
        await using var services = Build(new Dictionary<string, string?> { ["Email:Smtp:Password"] = "@Microsoft.KeyVault(SecretUri=https://kv/secrets/smtp-password/)" });

        services.GetRequiredService<IStartupValidator>().Validate();
        var failure = await Assert.ThrowsAsync<EmailSendException>(() => services.GetRequiredService<IEmailSender>().SendAsync(
            new EmailMessage("a@example.com", "s", "h", "t", [], "id@x", []), default));
        Assert.Equal("Email is off: no SMTP server is configured (set Email__Smtp__Host, see docs/email.md).", failure.Message);
    }

    [Fact]
    public async Task Managing_subscribers_needs_no_smtp_settings()
    {
        await using var services = Build(new Dictionary<string, string?> { ["Email:Storage:SubscribersTable"] = "cli" + Guid.NewGuid().ToString("N")[..8] });
        var manage = services.GetRequiredService<ManageSubscribers>();

        var added = await manage.AddAsync("reader@cli.example.com", ["btc"], EmailFormat.LinkOnly, default);

        Assert.Equal(SubscriberChangeKind.Added, added.Kind);
        Assert.Equal(["reader@cli.example.com"], (await manage.ListAsync(default).ToListAsync()).Select(s => s.Address));
    }
}
