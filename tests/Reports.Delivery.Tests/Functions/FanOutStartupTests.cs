using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions;
using Reports.Infrastructure.Email;
using SendDailyReportFunction = Reports.Functions.Timers.SendDailyReport;

namespace Reports.Delivery.Tests.Functions;

/// <summary>The daily fan-out asks the archive whether the report is built; it does not read the market history.</summary>
[Collection(DeliveryServers.Name)]
public sealed class FanOutStartupTests(Smtp4devServer smtp, AzuriteServer azurite)
{
    [Fact]
    public async Task The_fan_out_checks_the_archived_pdf_and_loads_no_history()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var market = new CountingMarket(new SampleMarket());
        await using var app = App(unique, market);
        await app.GetRequiredService<PublishReport>().RunAsync(SampleReport.Day, default);
        var manage = app.GetRequiredService<ManageSubscribers>();
        foreach (var i in Enumerable.Range(0, 3))
            await manage.AddAsync($"reader{i}@fanout.example.com", null, Reports.Domain.Delivery.EmailFormat.PdfAttached, default);
        var loadsBefore = market.Loads;

        await ActivatorUtilities.CreateInstance<SendDailyReportFunction>(app).RunAsync(new TimerInfo(), default);

        Assert.Equal(loadsBefore, market.Loads);
        var queued = Assert.Single((await app.GetRequiredService<EmailStorage>().Requests.ReceiveMessagesAsync(10)).Value);
        Assert.Equal(3, EmailRequestJson.ReadMessage(queued.Body.ToString()).Count);

        // The queue trigger on a fresh instance: the emails' summary comes from the archived JSON edition, not the history.
        var results = await ActivatorUtilities.CreateInstance<Reports.Functions.Queues.SendReportEmail>(app).HandleAsync(queued, default);
        Assert.All(results, r => Assert.Equal(Reports.Domain.Delivery.DeliveryOutcome.Sent, r.Outcome));
        Assert.Equal(loadsBefore, market.Loads);
        var article = (await new BuildReport(new SampleMarket()).RunAsync(new ReportRequest(SampleReport.Day), default)).Article;
        Assert.All(await smtp.WaitForMessagesAsync("fanout.example.com", 3), m => Assert.Equal(article.Headline, m.Subject));
    }

    [Fact]
    public async Task Without_an_archived_pdf_nothing_is_queued_and_no_history_is_loaded()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var market = new CountingMarket(new SampleMarket());
        await using var app = App(unique, market);
        await app.GetRequiredService<ManageSubscribers>().AddAsync("reader@fanout.example.com", null, Reports.Domain.Delivery.EmailFormat.PdfAttached, default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ActivatorUtilities.CreateInstance<SendDailyReportFunction>(app).RunAsync(new TimerInfo(), default));

        Assert.Equal(0, market.Loads);
    }

    private ServiceProvider App(string unique, IMarketDataStore market)
    {
        var settings = FunctionAppSettings.For(unique, azurite.ConnectionString, smtp.SmtpPort);
        settings["Email:ReportUrlTemplate"] = "https://flow.example.com/api/reports/{date}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 2, 6, 1, 0, 0, TimeSpan.Zero)))
            .AddSingleton(market);
        services.AddReportsFunctions(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The sample market, counting how often the history is read.</summary>
    private sealed class CountingMarket(IMarketDataStore inner) : IMarketDataStore
    {
        public int Loads;

        public string Description => inner.Description;

        public Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Loads);
            return inner.LoadAsync(through, cancellationToken);
        }

        public Task<MarketData> LoadForReportAsync(DateOnly? day, int coinCapDays, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Loads);
            return inner.LoadForReportAsync(day, coinCapDays, cancellationToken);
        }
    }
}
