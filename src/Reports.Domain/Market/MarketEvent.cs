namespace Reports.Domain.Market;

/// <summary>Dated context an analyst would cite: a central-bank decision, ETF flows, a hack.</summary>
public sealed record MarketEvent(DateOnly Date, string Kind, string Text, string? SourceUrl)
{
    /// <summary>
    /// How many days after the report day scheduled events are still worth watching. Stores load events this far
    /// ahead (and nothing else past the report day), so the calendar of a report can name them.
    /// </summary>
    public const int ScheduledHorizonDays = 14;

    /// <summary>The last day whose events a report for <paramref name="through"/> may list (null: everything).</summary>
    public static DateOnly? LastScheduledDay(DateOnly? through) => through is not { } day ? null
        : day.DayNumber > DateOnly.MaxValue.DayNumber - ScheduledHorizonDays ? DateOnly.MaxValue
        : day.AddDays(ScheduledHorizonDays);
}
