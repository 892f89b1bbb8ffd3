using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Reports.Functions;

/// <summary>
/// The app's own settings: the two schedules (app settings <c>INGEST_SCHEDULE</c> and <c>REPORT_SCHEDULE</c>, which
/// the timer triggers read as <c>%INGEST_SCHEDULE%</c>) and section <c>Functions</c> for the rest.
/// </summary>
public sealed class ReportsFunctionsOptions : IValidatableObject
{
    public const string SectionName = "Functions";
    public const string IngestScheduleSetting = "INGEST_SCHEDULE";
    public const string ReportScheduleSetting = "REPORT_SCHEDULE";

    /// <summary>NCRONTAB with seconds; default 00:10 UTC daily, when every provider has closed the previous day.</summary>
    public string IngestSchedule { get; set; } = "0 10 0 * * *";

    /// <summary>Default 00:40 UTC daily, after the ingest has had time to finish.</summary>
    public string ReportSchedule { get; set; } = "0 40 0 * * *";

    /// <summary>IngestDaily also fills in sources missing from this many days before yesterday, so a failed source is retried.</summary>
    [Range(0, 30)]
    public int IngestCatchUpDays { get; set; } = 3;

    /// <summary>How long a client may reuse a served report before asking again (it then gets a 304 if nothing changed).</summary>
    [Range(0, 86400)]
    public int ReportCacheSeconds { get; set; } = 300;

    /// <summary>Must match <c>extensions.queues.maxDequeueCount</c> in host.json; used to log the final attempt.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    public void ReadSchedules(IConfiguration configuration)
    {
        IngestSchedule = configuration[IngestScheduleSetting] is { Length: > 0 } ingest ? ingest : IngestSchedule;
        ReportSchedule = configuration[ReportScheduleSetting] is { Length: > 0 } report ? report : ReportSchedule;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (setting, value) in new[] { (IngestScheduleSetting, IngestSchedule), (ReportScheduleSetting, ReportSchedule) })
        {
            // The host parses the expression itself; this catches the usual mistake early: a 5-field Unix cron.
            var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 6 && !TimeSpan.TryParse(value, out _))
                yield return new ValidationResult($"{setting} '{value}' must be an NCRONTAB expression with 6 fields (seconds first), e.g. \"0 10 0 * * *\".", [setting]);
        }
    }
}
