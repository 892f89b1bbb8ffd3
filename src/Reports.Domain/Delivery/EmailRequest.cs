namespace Reports.Domain.Delivery;

/// <summary>The queue message: send day <paramref name="Date"/>'s report to one subscriber.</summary>
/// <param name="Attempt">1 for the first try; each retry the use case schedules carries the next number.</param>
public sealed record EmailRequest(DateOnly Date, string SubscriberId, int Attempt = 1);
