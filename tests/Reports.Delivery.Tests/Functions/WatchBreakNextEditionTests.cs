using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Reports.Delivery.Tests.Support;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Domain.Watch;
using Reports.Infrastructure.Email;

namespace Reports.Delivery.Tests.Functions;

/// <summary>
/// A break the watch check saw on D reaches D's edition: the check records it (Azurite table) whoever is subscribed,
/// the daily build of D reads it, and the archived JSON edition's scored call and its sentence state it.
/// </summary>
[Collection(DeliveryServers.Name)]
public sealed class WatchBreakNextEditionTests(Smtp4devServer smtp, AzuriteServer azurite) : IAsyncLifetime
{
    private static readonly DateOnly Day = SampleReport.Day.AddDays(1);
    private static readonly DateTimeOffset TwoPm = new(Day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(TwoPm);
    private readonly string domain = "breaks" + Guid.NewGuid().ToString("N")[..6] + ".example.com";
    private WatchApp watch = null!;
    private ServiceProvider app = null!;

    public async Task InitializeAsync()
    {
        // One day of data past the archived edition, so the edition of the day the break happened can be built.
        watch = await WatchApp.StartAsync(smtp, azurite, clock, new SampleMarket(daysAfter: 1));
        app = watch.Services;
    }

    public async Task DisposeAsync() => await watch.DisposeAsync();

    [Fact]
    public async Task A_break_is_recorded_once_without_subscribers_gets_its_first_alert_later_and_the_next_edition_states_both()
    {
        var support = (await app.GetRequiredService<IWatchLevelSource>().LatestAsync(default))!.Levels.Single(l => l.Symbol == "BTC" && l.Kind == WatchLevel.NearestSupport);
        Price("BTCUSDT", support.Level - 250m);
        Price("ETHUSDT", 1_000_000m); // above ETH's support, below nothing it must reclaim in a falling market
        var breaks = app.GetRequiredService<IWatchBreakLog>();

        // 14:00, nobody opted in: the break is recorded all the same, with no alert.
        Assert.Equal(0, (await Function().HandleAsync(default))!.Sent);
        var seen = Assert.Single(await breaks.ListAsync(Day, default), b => b.Symbol == "BTC");
        Assert.Equal(new LevelBreak("BTC", WatchLevel.NearestSupport, support.Level, support.Level - 250m, TwoPm, null), seen);

        // 15:00: a reader opts in and is alerted; the record keeps the first sighting and gains the alert time.
        var manage = app.GetRequiredService<ManageSubscribers>();
        await manage.AddAsync($"reader@{domain}", null, EmailFormat.LinkOnly, default);
        await manage.SetWatchAlertsAsync($"reader@{domain}", true, null, default);
        clock.Advance(TimeSpan.FromHours(1));
        Price("BTCUSDT", support.Level - 900m);
        Assert.Equal(1, (await Function().HandleAsync(default))!.Sent);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await Function().HandleAsync(default))!.Sent);
        Assert.Equal(seen with { AlertedAt = TwoPm.AddHours(1) }, Assert.Single(await breaks.ListAsync(Day, default), b => b.Symbol == "BTC"));
        Assert.Empty(await breaks.ListAsync(Day.AddDays(1), default));

        // The next morning's build of D: the archived JSON edition carries the break and the sentence states it.
        clock.Advance(TimeSpan.FromHours(11));
        await app.GetRequiredService<PublishReport>().RunAsync(Day, default);
        using var json = JsonDocument.Parse((await app.GetRequiredService<IReportArchive>().GetAsync(Day, "json", default))!.Content);
        var call = json.RootElement.GetProperty("yesterdaysCalls").EnumerateArray()
            .Single(c => c.GetProperty("kind").GetString() == "support" && c.GetProperty("subject").GetString() == "BTC");
        Assert.Equal(support.Level, call.GetProperty("level").GetDecimal());
        Assert.Equal(support.Level - 250m, call.GetProperty("break").GetProperty("price").GetDecimal());
        Assert.Equal(TwoPm, call.GetProperty("break").GetProperty("at").GetDateTimeOffset());
        Assert.Equal(TwoPm.AddHours(1), call.GetProperty("break").GetProperty("alertedAt").GetDateTimeOffset());
        var held = call.GetProperty("outcome").GetBoolean();
        var sentence = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("paragraphs").EnumerateArray())
            .SelectMany(p => p.GetProperty("sentences").EnumerateArray())
            .Single(s => s.GetProperty("text").GetString()!.StartsWith(held ? "BTC held the" : "BTC closed below the", StringComparison.Ordinal)
                && s.GetProperty("text").GetString()!.Contains("named yesterday", StringComparison.Ordinal));
        Assert.EndsWith("at 14:00 UTC; an alert went out at 15:00 UTC).", sentence.GetProperty("text").GetString());
        Assert.Equal(held ? "calls.support-held-after-break" : "calls.support-broke", sentence.GetProperty("rules")[0].GetString());
    }

    [Fact]
    public async Task With_email_off_a_break_is_still_recorded_and_no_one_is_alerted()
    {
        var support = (await app.GetRequiredService<IWatchLevelSource>().LatestAsync(default))!.Levels.Single(l => l.Symbol == "BTC" && l.Kind == WatchLevel.NearestSupport);
        Price("BTCUSDT", support.Level - 250m);
        Price("ETHUSDT", 1_000_000m);
        var manage = app.GetRequiredService<ManageSubscribers>();
        await manage.AddAsync($"reader@{domain}", null, EmailFormat.LinkOnly, default);
        await manage.SetWatchAlertsAsync($"reader@{domain}", true, null, default);
        var emailOff = new Reports.Functions.Timers.CheckWatchLevels(
            app.GetRequiredService<CheckWatchLevels>(), Options.Create(new SmtpOptions()), NullLogger<Reports.Functions.Timers.CheckWatchLevels>.Instance);

        var result = await emailOff.HandleAsync(default);

        Assert.Equal((WatchCheckOutcome.Checked, 0), (result.Outcome, result.Sent));
        Assert.Equal(new LevelBreak("BTC", WatchLevel.NearestSupport, support.Level, support.Level - 250m, TwoPm, null),
            Assert.Single(await app.GetRequiredService<IWatchBreakLog>().ListAsync(Day, default), b => b.Symbol == "BTC"));
        // The opted-in reader was not claimed for: once email is on, the next check alerts them.
        Assert.Equal(1, (await Function().HandleAsync(default)).Sent);
    }

    private Reports.Functions.Timers.CheckWatchLevels Function() => watch.Function();

    private void Price(string pair, decimal price) => watch.Price(pair, price);
}
