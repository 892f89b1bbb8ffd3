using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions;
using SendDailyReportFunction = Reports.Functions.Timers.SendDailyReport;
using SendReportEmailFunction = Reports.Functions.Queues.SendReportEmail;
using Reports.Infrastructure.Email;

namespace Reports.Delivery.Tests.Functions;

/// <summary>The app's own wiring (AddReportsFunctions, as Program.cs): email needs nothing more.</summary>
[Collection(DeliveryServers.Name)]
public sealed class EmailFunctionsWiringTests(Smtp4devServer smtp, AzuriteServer azurite)
{
    [Fact]
    public async Task The_timer_and_the_queue_trigger_send_the_published_pdf_through_the_apps_services()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["REPORTS_STORAGE"] = azurite.ConnectionString,
            [TimerSchedules.Ingest] = "0 10 0 * * *",
            [TimerSchedules.Report] = "0 40 0 * * *",
            [TimerSchedules.Email] = "0 0 1 * * *",
            ["Storage:ReportsContainer"] = "reports" + unique,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.SmtpPort.ToString(),
            ["Email:Smtp:Security"] = "None",
            ["Email:From"] = "reports@flow-reports.example.com",
            ["Email:ReportUrlTemplate"] = "https://flow.example.com/api/reports/{date}",
            ["Email:Storage:SubscribersTable"] = "subs" + unique,
            ["Email:Storage:LedgerTable"] = "ledger" + unique,
            ["Email:Storage:RequestQueue"] = "email-" + unique,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            // Fakes at the ports only: the clock (1 a.m. on 6 February: the report day is the 5th) and the market data.
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 2, 6, 1, 0, 0, TimeSpan.Zero)))
            .AddSingleton<IMarketDataStore>(new SampleMarket());
        services.AddReportsFunctions(configuration);
        // AddReportsFunctions already adds email delivery; Program.cs needs nothing more.
        await using var app = services.BuildServiceProvider();
        ReportsFunctionsServices.ValidateOnStart(app);

        // The daily build with the real renderers (Reports.Rendering's catalog, as the app registers it).
        Assert.NotNull(Reports.Rendering.ReportRenderers.ForExtension("pdf"));
        await app.GetRequiredService<PublishReport>().RunAsync(SampleReport.Day, default);
        var pdf = (await app.GetRequiredService<IReportArchive>().GetAsync(SampleReport.Day, "pdf", default))!.Content;
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        await app.GetRequiredService<ManageSubscribers>().AddAsync("reader@wiring.example.com", null, EmailFormat.PdfAttached, default);

        await ActivatorUtilities.CreateInstance<SendDailyReportFunction>(app).RunAsync(new TimerInfo(), default);
        var queued = Assert.Single((await app.GetRequiredService<EmailStorage>().Requests.ReceiveMessagesAsync(10)).Value);
        var result = await ActivatorUtilities.CreateInstance<SendReportEmailFunction>(app).HandleAsync(queued, default);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var received = Assert.Single(await smtp.WaitForMessagesAsync("wiring.example.com", 1));
        var article = (await new BuildReport(new SampleMarket()).RunAsync(new ReportRequest(SampleReport.Day), default)).Article;
        Assert.Equal($"{article.Headline} | Flow Report, 5 February 2026", received.Subject);
        var attachment = Assert.Single((await smtp.MessageAsync(received.Id)).AllParts(), p => p.IsAttachment);
        Assert.Equal(pdf, await smtp.PartContentAsync(received.Id, attachment.Id));
        Assert.Equal(5, app.GetRequiredService<IOptions<ReportsFunctionsOptions>>().Value.MaxDequeueCount);
    }
}
