using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Delivery;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.Watch;

namespace Reports.Domain.UseCases;

/// <summary>
/// Follows the newest edition's "What to watch" levels between editions: reads them from the archived edition, asks
/// for the latest price of each asset, and emails each opted-in subscriber the levels that broke, at most once per
/// level and day (the alert ledger) and never in their quiet hours (they get it at the first check after, if the
/// level is still broken that day). Each break is also recorded once per level and day, whoever is subscribed, with
/// the first alert that went out about it: the next edition's scored calls read it. A provider outage sends nothing
/// and says why.
/// </summary>
public sealed class CheckWatchLevels(
    IWatchLevelSource levels,
    IPriceTicker ticker,
    ISubscriberStore subscribers,
    IAlertLedger ledger,
    IEmailSender sender,
    IWatchAlertComposer composer,
    ReportEmailSettings settings,
    TimeProvider time,
    IWatchBreakLog? breakLog = null,
    ILogger<CheckWatchLevels>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<CheckWatchLevels>.Instance;

    /// <param name="sendAlerts">False while email is off: breaks are still recorded for the next edition, no one is emailed.</param>
    public async Task<WatchCheckResult> RunAsync(CancellationToken cancellationToken, bool sendAlerts = true)
    {
        var edition = await levels.LatestAsync(cancellationToken).ConfigureAwait(false);
        if (edition is null || edition.Levels.Count == 0)
        {
            log.LogInformation("Watch check: {Reason}", edition is null ? "no edition archived yet" : $"the {DeliveryDates.Key(edition.Date)} edition names no price levels");
            return new WatchCheckResult(WatchCheckOutcome.NothingToWatch, 0, 0);
        }

        IReadOnlyDictionary<string, decimal> prices;
        try
        {
            prices = await ticker.LatestPricesAsync(edition.Levels.Select(l => l.Symbol).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        }
        catch (MarketDataSourceException e)
        {
            log.LogWarning("Watch check skipped, no alerts sent: the price provider {Source} failed ({Failure}): {Reason}", e.SourceName, e.Failure, e.Detail);
            return new WatchCheckResult(WatchCheckOutcome.ProviderUnavailable, 0, 0, e.Message);
        }

        var now = time.GetUtcNow();
        var breaks = edition.Levels
            .Where(l => prices.TryGetValue(l.Symbol, out var price) && l.IsBrokenBy(price))
            .Select(l => new WatchBreak(l, prices[l.Symbol], now))
            .ToList();
        if (breaks.Count == 0)
        {
            log.LogInformation("Watch check: none of the {Count} levels of the {Date} edition broke", edition.Levels.Count, DeliveryDates.Key(edition.Date));
            return new WatchCheckResult(WatchCheckOutcome.NoBreak, 0, 0);
        }

        var today = CompleteDays.Today(time);
        // Recorded before any email, so a check cut short still leaves the fact for the next edition.
        foreach (var b in breaks) await RecordAsync(today, b, alertedAt: null, cancellationToken).ConfigureAwait(false);
        if (!sendAlerts)
        {
            log.LogInformation("Watch check: {Breaks} levels broke; recorded, no alerts (email is off)", breaks.Count);
            return new WatchCheckResult(WatchCheckOutcome.Checked, breaks.Count, 0);
        }
        var alerted = new HashSet<WatchBreak>();
        var sent = 0;
        await foreach (var subscriber in subscribers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!subscriber.WatchAlerts) continue;
            if (subscriber.Quiet is { } quiet && quiet.Contains(now))
            {
                log.LogInformation("Watch alert for subscriber {SubscriberId} held: quiet hours {Quiet} UTC", subscriber.Id, quiet);
                continue;
            }
            if (await AlertAsync(subscriber, edition, breaks, today, now, cancellationToken).ConfigureAwait(false) is { } delivered)
            {
                sent++;
                alerted.UnionWith(delivered);
            }
        }
        foreach (var b in alerted) await RecordAsync(today, b, now, cancellationToken).ConfigureAwait(false);
        log.LogInformation("Watch check: {Breaks} levels broke; {Sent} alerts sent", breaks.Count, sent);
        return new WatchCheckResult(WatchCheckOutcome.Checked, breaks.Count, sent);
    }

    private async Task RecordAsync(DateOnly today, WatchBreak b, DateTimeOffset? alertedAt, CancellationToken cancellationToken)
    {
        if (breakLog is null) return;
        try
        {
            await breakLog.RecordAsync(today, b, alertedAt, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e)
        {
            // The alerts matter more than the record: the next edition then says nothing about this break.
            log.LogWarning("Watch break {Level} of {Day} not recorded: {Reason}", b.Level.Key, DeliveryDates.Key(today), e.Message);
        }
    }

    /// <returns>The breaks the email reported, or null when none was sent.</returns>
    private async Task<IReadOnlyList<WatchBreak>?> AlertAsync(Subscriber subscriber, WatchEdition edition, IReadOnlyList<WatchBreak> breaks, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fresh = new List<WatchBreak>();
        foreach (var b in breaks)
        {
            if (await ledger.TryClaimAsync(today, b.Level.Key, subscriber.Id, now, cancellationToken).ConfigureAwait(false)) fresh.Add(b);
        }
        if (fresh.Count == 0) return null;

        var address = EmailAddressRules.Check(subscriber.Address);
        try
        {
            if (!address.IsValid) throw new EmailSendException(EmailFailure.Rejected, $"invalid address: {address.Problem}");
            await sender.SendAsync(composer.Compose(edition, fresh, subscriber with { Address = address.Address! }, settings), cancellationToken).ConfigureAwait(false);
            return fresh;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Give the claims back: the next check (hourly) tries again while the level is still broken today.
            log.LogWarning(e, "Watch alert to subscriber {SubscriberId} failed: {Reason}", subscriber.Id, e.Message);
            foreach (var b in fresh) await ledger.ReleaseAsync(today, b.Level.Key, subscriber.Id, CancellationToken.None).ConfigureAwait(false);
            return null;
        }
    }
}

public enum WatchCheckOutcome
{
    /// <summary>No edition archived, or it names no price levels.</summary>
    NothingToWatch,
    /// <summary>The price provider failed: nothing was checked or sent.</summary>
    ProviderUnavailable,
    NoBreak,
    Checked,
}

/// <param name="Sent">Alert emails sent by this check (one per subscriber at most).</param>
public sealed record WatchCheckResult(WatchCheckOutcome Outcome, int Breaks, int Sent, string? Detail = null);
