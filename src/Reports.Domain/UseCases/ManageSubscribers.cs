using System.Security.Cryptography;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>Adds, updates, lists and removes subscribers; the only way in validates the address.</summary>
/// <param name="ledger">The send ledger, where a removal first closes the report days whose requests may be queued
/// (<see cref="LedgerClaims.CloseForUnsubscribeAsync"/>): queued requests carry the subscriber, so that is what stops
/// them. Null where nothing is queued (tests of the store alone).</param>
public sealed class ManageSubscribers(ISubscriberStore store, TimeProvider time, Func<string>? newToken = null, ISendLedger? ledger = null)
{
    private readonly Func<string> token = newToken ?? NewUnsubscribeToken;

    /// <summary>Adds the address, or updates its assets and format when it is subscribed already (same token).</summary>
    public Task<SubscriberChange> AddAsync(string address, IReadOnlyList<string>? assets, EmailFormat format, CancellationToken cancellationToken) =>
        AddAsync(address, assets, format, EmailCadence.Daily, DayOfWeek.Monday, cancellationToken);

    /// <param name="digestDay">The weekday a weekly digest arrives (ignored for daily).</param>
    public async Task<SubscriberChange> AddAsync(string address, IReadOnlyList<string>? assets, EmailFormat format, EmailCadence cadence, DayOfWeek digestDay, CancellationToken cancellationToken)
    {
        var check = EmailAddressRules.Check(address);
        if (!check.IsValid) return new SubscriberChange(SubscriberChangeKind.InvalidAddress, null, $"'{address}' is not a usable address: {check.Problem}");

        var id = SubscriberId.For(check.Address!);
        var wanted = NormaliseAssets(assets);
        var existing = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        var subscriber = existing is null
            ? new Subscriber(id, check.Address!, wanted, format, token(), time.GetUtcNow(), cadence, digestDay)
            : existing with { Address = check.Address!, Assets = wanted, Format = format, Cadence = cadence, DigestDay = digestDay };
        await store.SaveAsync(subscriber, cancellationToken).ConfigureAwait(false);
        return existing is null
            ? new SubscriberChange(SubscriberChangeKind.Added, subscriber, $"subscribed {subscriber.Address}")
            : new SubscriberChange(SubscriberChangeKind.Updated, subscriber, $"updated {subscriber.Address}");
    }

    /// <summary>Opts a subscriber in to or out of watch alerts, with the quiet hours in which none are sent.</summary>
    public async Task<SubscriberChange> SetWatchAlertsAsync(string address, bool on, Watch.QuietHours? quiet, CancellationToken cancellationToken)
    {
        var check = EmailAddressRules.Check(address);
        var id = check.IsValid ? SubscriberId.For(check.Address!) : address.Trim();
        var existing = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (existing is null) return new SubscriberChange(SubscriberChangeKind.NotFound, null, $"'{address}' is not subscribed");
        var updated = existing with { WatchAlerts = on, Quiet = quiet };
        await store.SaveAsync(updated, cancellationToken).ConfigureAwait(false);
        return new SubscriberChange(SubscriberChangeKind.Updated, updated,
            on ? $"watch alerts on for {updated.Address}{(quiet is null ? "" : $", quiet {quiet} UTC")}" : $"watch alerts off for {updated.Address}");
    }

    /// <summary>Removes by address or by subscriber id.</summary>
    public async Task<SubscriberChange> RemoveAsync(string addressOrId, CancellationToken cancellationToken)
    {
        var check = EmailAddressRules.Check(addressOrId);
        var id = check.IsValid ? SubscriberId.For(check.Address!) : addressOrId.Trim();
        var existing = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return await RemoveAsync(existing, $"'{addressOrId}' is not subscribed", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the unsubscribe link does.</summary>
    public async Task<SubscriberChange> UnsubscribeAsync(string unsubscribeToken, CancellationToken cancellationToken)
    {
        // Anything not shaped like a token never reaches the store.
        var existing = !IsWellFormedToken(unsubscribeToken) ? null
            : await store.FindByUnsubscribeTokenAsync(unsubscribeToken, cancellationToken).ConfigureAwait(false);
        return await RemoveAsync(existing, "no subscriber has that unsubscribe token", cancellationToken).ConfigureAwait(false);
    }

    private async Task<SubscriberChange> RemoveAsync(Subscriber? existing, string notFound, CancellationToken cancellationToken)
    {
        if (existing is null) return new SubscriberChange(SubscriberChangeKind.NotFound, null, notFound);
        // Ledger first: once the row is gone the fan-out no longer lists them, but requests already queued still may send.
        if (ledger is not null) await ledger.CloseForUnsubscribeAsync(existing.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!await store.RemoveAsync(existing.Id, cancellationToken).ConfigureAwait(false))
            return new SubscriberChange(SubscriberChangeKind.NotFound, null, notFound);
        return new SubscriberChange(SubscriberChangeKind.Removed, existing, $"unsubscribed {existing.Address}");
    }

    public IAsyncEnumerable<Subscriber> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Upper-case, trimmed, distinct, in the given order; empty means every asset.</summary>
    public static IReadOnlyList<string> NormaliseAssets(IReadOnlyList<string>? assets) =>
        (assets ?? []).Select(a => a.Trim().ToUpperInvariant()).Where(a => a.Length > 0).Distinct().ToList();

    /// <summary>True for the shape <see cref="NewUnsubscribeToken"/> makes (43 URL-safe base64 characters).</summary>
    public static bool IsWellFormedToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>256 random bits, URL-safe: the token is the only key to the unsubscribe link.</summary>
    public static string NewUnsubscribeToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum SubscriberChangeKind { Added, Updated, Removed, NotFound, InvalidAddress }

/// <summary>What a subscriber command did, with a sentence for the CLI.</summary>
public sealed record SubscriberChange(SubscriberChangeKind Kind, Subscriber? Subscriber, string Message);
