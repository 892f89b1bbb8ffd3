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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(FunctionAppSettings.For(unique, azurite.ConnectionString, smtp.SmtpPort)).Build();
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
        var result = Assert.Single(await ActivatorUtilities.CreateInstance<SendReportEmailFunction>(app).HandleAsync(queued, default));

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var received = Assert.Single(await smtp.WaitForMessagesAsync("wiring.example.com", 1));
        var article = (await new BuildReport(new SampleMarket()).RunAsync(new ReportRequest(SampleReport.Day), default)).Article;
        Assert.Equal(article.Headline, received.Subject);

        // "Read online" resolves to the public archive's route for that date, served anonymously from what was published.
        var html = await smtp.HtmlAsync(received.Id);
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(https://flow.example.com/api/archive/[^\"]+)\"").Groups[1].Value;
        Assert.Equal("https://flow.example.com/api/archive/2026-02-05", link);
        Assert.Contains("href=\"https://flow.example.com/api/feed.atom\"", html);
        var archived = await OpenArchiveLinkAsync(app, new Uri(link));
        Assert.Equal(200, archived.StatusCode);
        Assert.Equal((await app.GetRequiredService<IReportArchive>().GetAsync(SampleReport.Day, "html", default))!.Content, archived.Body);
        var attachment = Assert.Single((await smtp.MessageAsync(received.Id)).AllParts(), p => p.IsAttachment);
        Assert.Equal(pdf, await smtp.PartContentAsync(received.Id, attachment.Id));
        Assert.Equal(5, app.GetRequiredService<IOptions<ReportsFunctionsOptions>>().Value.MaxDequeueCount);
    }

    /// <summary>Routes an archive address to its function the way the host does (route "archive/{edition}") and runs the result.</summary>
    private static async Task<(int StatusCode, byte[] Body)> OpenArchiveLinkAsync(IServiceProvider app, Uri link)
    {
        Assert.StartsWith(Reports.Domain.Archive.ArchiveRoutes.IndexPath + "/", link.AbsolutePath);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = app };
        context.Request.Method = "GET";
        context.Request.Path = link.AbsolutePath;
        context.Response.Body = new MemoryStream();
        var edition = link.AbsolutePath[(Reports.Domain.Archive.ArchiveRoutes.IndexPath.Length + 1)..];
        var result = await ActivatorUtilities.CreateInstance<Reports.Functions.Http.Archive.PublicArchive>(app).EditionAsync(context.Request, edition, default);
        await result.ExecuteResultAsync(new Microsoft.AspNetCore.Mvc.ActionContext(context, new Microsoft.AspNetCore.Routing.RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        return (context.Response.StatusCode, ((MemoryStream)context.Response.Body).ToArray());
    }
}
