namespace Reports.Domain.Delivery;

/// <summary>
/// Which report days may still have email requests in the queue, and so which days an unsubscribe closes in the send
/// ledger. A request is handled within minutes of the fan-out (five attempts over ~8 minutes, deferrals of one lease);
/// a week is far beyond that, and a request for an older day simply reads the subscriber row instead.
/// </summary>
public static class InFlight
{
    public const int Days = 7;

    /// <summary>The reason an unsubscribe writes on the ledger rows it closes (and a send that finds the reader gone).</summary>
    public const string Unsubscribed = "unsubscribed";

    /// <summary>Whether a request for <paramref name="reportDay"/> may send to the snapshot it carries: yes while the
    /// day lies in the window every unsubscribe closes.</summary>
    public static bool TrustsSnapshot(DateOnly reportDay, DateTimeOffset now) => reportDay >= Today(now).AddDays(-Days);

    /// <summary>
    /// The report days an unsubscribe at <paramref name="now"/> closes: the trusted window plus a day each side, so an
    /// instance whose clock is up to a day off still finds every day it trusts closed.
    /// </summary>
    public static IEnumerable<DateOnly> DaysToClose(DateTimeOffset now)
    {
        var today = Today(now);
        for (var day = today.AddDays(-Days - 1); day <= today.AddDays(1); day = day.AddDays(1)) yield return day;
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
