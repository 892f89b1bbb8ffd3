using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Domain.Watch;
using Reports.Infrastructure.Watch;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Reports.Delivery.Tests.Functions;

/// <summary>
/// The watch-alert timer through the app's own wiring (<see cref="WatchApp"/>): the levels come from the JSON edition
/// the daily build archived (Azurite), prices from a WireMock Binance ticker, email through smtp4dev, time from a
/// FakeTimeProvider.
/// </summary>
[Collection(DeliveryServers.Name)]
public sealed class WatchAlertFunctionTests(Smtp4devServer smtp, AzuriteServer azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 2, 6, 14, 0, 0, TimeSpan.Zero));
    private readonly string domain = "watch" + Guid.NewGuid().ToString("N")[..6] + ".example.com";
    private WatchApp watch = null!;
    private ServiceProvider app = null!;

    public async Task InitializeAsync()
    {
        watch = await WatchApp.StartAsync(smtp, azurite, clock, new SampleMarket());
        app = watch.Services;
    }

    public async Task DisposeAsync() => await watch.DisposeAsync();

    [Fact]
    public async Task A_break_alerts_each_opted_in_subscriber_once_a_day_and_an_outage_sends_nothing_and_says_why()
    {
        var edition = await app.GetRequiredService<IWatchLevelSource>().LatestAsync(default);
        Assert.Equal(SampleReport.Day, edition!.Date);
        var support = Assert.Single(edition.Levels, l => l.Symbol == "BTC" && l.Direction == BreakDirection.Below);
        var json = (await app.GetRequiredService<IReportArchive>().GetAsync(SampleReport.Day, "json", default))!.Content;
        Assert.Equal(ArchivedWatchLevels.Read(json), edition.Levels);

        // BTC trades a dollar under its support; every other asset sits between its levels.
        Price("BTCUSDT", support.Level - 1m);
        foreach (var other in edition.Levels.Select(l => l.Symbol).Distinct().Where(s => s != "BTC"))
            Price(other + "USDT", Between(edition.Levels.Where(l => l.Symbol == other).ToList()));

        var manage = app.GetRequiredService<ManageSubscribers>();
        var alice = await SubscribeAsync(manage, "alice", alerts: true, quiet: null);
        var bob = await SubscribeAsync(manage, "bob", alerts: true, quiet: "22:00-07:00");
        await SubscribeAsync(manage, "carol", alerts: false, quiet: null);
        var dave = await SubscribeAsync(manage, "dave", alerts: true, quiet: "13:30-15:00"); // asleep at 14:00, awake at 15:00

        var first = await Function().HandleAsync(default);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await Function().HandleAsync(default);

        // 14:00: alice and bob (carol did not opt in, dave is in his quiet hours). 15:00, the same day: only dave, whose
        // quiet hours are over; alice and bob had this level today already.
        Assert.Equal((WatchCheckOutcome.Checked, 2), (first!.Outcome, first.Sent));
        Assert.Equal((WatchCheckOutcome.Checked, 1), (second!.Outcome, second.Sent));
        var received = await ReceivedAsync();
        Assert.Equal([alice, bob, dave], received.SelectMany(m => m.To).Order());
        var alert = received.First(m => m.To.Contains(alice));
        Assert.Equal($"Watch alert: BTC broke {Formats.Price(support.Level)}", alert.Subject);
        var text = await smtp.PlainTextAsync(alert.Id);
        Assert.Contains($"BTC broke the support at {Formats.Price(support.Level)}", text);
        Assert.Contains($"at 14:00 UTC, last {Formats.Price(support.Level - 1m)}", text);
        if (support.ExposureUsd is { } oi) Assert.Contains($"{Formats.Money(oi)} of open interest outstanding", text);
        Assert.Contains("https://flow.example.com/api/archive/2026-02-05", text);

        // The next day the ledger would allow an alert again, but the provider is down: nothing is sent, the log says why.
        clock.Advance(TimeSpan.FromDays(1));
        watch.Ticker.Reset();
        watch.Ticker.Given(Request.Create().WithPath("/api/v3/ticker/price").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("{\"code\":-1001,\"msg\":\"Internal error; unable to process your request.\"}"));
        var outage = await Function().HandleAsync(default);

        Assert.Equal((WatchCheckOutcome.ProviderUnavailable, 0), (outage!.Outcome, outage.Sent));
        Assert.Equal(3, (await ReceivedAsync()).Count);
        var why = Assert.Single(app.GetFakeLogCollector().GetSnapshot(), r => r.Message.StartsWith("Watch check skipped, no alerts sent", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, why.Level);
        Assert.Contains("503", why.Message);
    }

    private Reports.Functions.Timers.CheckWatchLevels Function() => watch.Function();

    private async Task<string> SubscribeAsync(ManageSubscribers manage, string name, bool alerts, string? quiet)
    {
        var address = $"{name}@{domain}";
        await manage.AddAsync(address, null, EmailFormat.LinkOnly, default);
        Assert.True(quiet is null || QuietHours.TryParse(quiet, out _));
        QuietHours.TryParse(quiet, out var hours);
        await manage.SetWatchAlertsAsync(address, alerts, hours, default);
        return address;
    }

    private void Price(string pair, decimal price) => watch.Price(pair, price);

    /// <summary>A price that breaks none of the levels: above every support, below every level to reclaim.</summary>
    private static decimal Between(IReadOnlyList<WatchLevel> levels)
    {
        var floor = levels.Where(l => l.Direction == BreakDirection.Below).Select(l => l.Level).DefaultIfEmpty(0m).Max();
        var ceiling = levels.Where(l => l.Direction == BreakDirection.Above).Select(l => l.Level).DefaultIfEmpty(floor + 2m).Min();
        Assert.True(ceiling > floor);
        return Math.Round((floor + ceiling) / 2, 2);
    }

    /// <summary>This test's emails, read once a marker sent after them has arrived (no waiting on wall time).</summary>
    private async Task<IReadOnlyList<Smtp4devServer.MessageSummary>> ReceivedAsync()
    {
        var marker = $"marker {Guid.NewGuid():N}";
        await app.GetRequiredService<IEmailSender>().SendAsync(
            new EmailMessage($"marker@{domain}", marker, "<p>marker</p>", "marker", [], $"{Guid.NewGuid():N}@{domain}", []), default);
        var all = await smtp.WaitForMessagesAsync(domain, 1);
        while (!all.Any(m => m.Subject == marker)) all = await smtp.WaitForMessagesAsync(domain, all.Count + 1);
        return all.Where(m => !m.Subject.StartsWith("marker ", StringComparison.Ordinal)).ToList();
    }
}
