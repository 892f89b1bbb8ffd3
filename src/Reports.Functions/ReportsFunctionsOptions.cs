using System.ComponentModel.DataAnnotations;

namespace Reports.Functions;

/// <summary>The app's own settings, section <c>Functions</c>. The timer schedules are <see cref="TimerSchedules"/>.</summary>
public sealed class ReportsFunctionsOptions
{
    public const string SectionName = "Functions";

    /// <summary>IngestDaily also fills in sources missing from this many days before yesterday, so a failed source is retried.</summary>
    [Range(0, 30)]
    public int IngestCatchUpDays { get; set; } = 3;

    /// <summary>How long a client may reuse a served report before asking again (it then gets a 304 if nothing changed).</summary>
    [Range(0, 86400)]
    public int ReportCacheSeconds { get; set; } = 300;

    /// <summary>Must match <c>extensions.queues.maxDequeueCount</c> in host.json; used to log the final attempt.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;
}
