namespace Reports.Domain.Delivery;

/// <summary>How often a subscriber hears from us: every edition, or a weekly digest on a weekday they chose.</summary>
public enum EmailCadence
{
    Daily,
    /// <summary>One digest a week (the week's headlines, the latest edition attached) on <see cref="Subscriber.DigestDay"/>.</summary>
    Weekly,
}

/// <summary>When a subscriber's email for a report day goes out.</summary>
public static class Cadence
{
    /// <summary>A week is 7 calendar days (crypto trades every day): a digest covers the report day and the 6 before it.</summary>
    public const int WeekDays = 7;

    /// <summary>
    /// Day D's report is emailed on D + 1 (UTC, EMAIL_SCHEDULE runs after the day ends). A weekly subscriber is due on
    /// the run that falls on their weekday, so they get exactly one email in any 7 consecutive runs.
    /// </summary>
    public static bool IsDue(Subscriber subscriber, DateOnly reportDay) =>
        subscriber.Cadence != EmailCadence.Weekly || reportDay.AddDays(1).DayOfWeek == subscriber.DigestDay;

    /// <summary>The first day a digest for <paramref name="reportDay"/> covers.</summary>
    public static DateOnly WeekStart(DateOnly reportDay) => reportDay.AddDays(1 - WeekDays);
}
