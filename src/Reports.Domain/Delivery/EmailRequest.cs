namespace Reports.Domain.Delivery;

/// <summary>One subscriber's part of a queue message: send day <paramref name="Date"/>'s report to them.</summary>
/// <param name="Attempt">1 for the first try; each retry the use case schedules carries the next number.</param>
/// <param name="Reader">The subscriber as the fan-out listed them (address, format, assets, token, cadence), so the send
/// reads no subscriber row; trusted only for report days <see cref="InFlight.TrustsSnapshot"/> covers, because only
/// those days carry the ledger rows an unsubscribe writes. Null (a message written before snapshots existed, a retry
/// parked in the poison queue): the send looks the subscriber up.</param>
public sealed record EmailRequest(DateOnly Date, string SubscriberId, int Attempt = 1, Subscriber? Reader = null)
{
    /// <summary>The request for <paramref name="subscriber"/> carrying their snapshot.</summary>
    public static EmailRequest For(DateOnly date, Subscriber subscriber) => new(date, subscriber.Id, Reader: subscriber);
}
