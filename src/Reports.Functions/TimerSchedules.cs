using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace Reports.Functions;

/// <summary>
/// The timer triggers' schedules: app settings the host reads as <c>%INGEST_SCHEDULE%</c>... The Bicep writes them
/// (infra/main.bicep, defaults in infra/main.parameters.json, the one place defaults live), so there are none here.
/// Start-up checks each with NCrontab, the parser the host itself uses (6 fields, seconds first), so a bad or missing
/// schedule stops the app with a message naming the setting instead of a timer that never fires.
/// </summary>
public sealed class TimerSchedules : IValidatableObject
{
    public const string Ingest = "INGEST_SCHEDULE";
    public const string Report = "REPORT_SCHEDULE";
    public const string Email = "EMAIL_SCHEDULE";
    public const string Watch = "WATCH_SCHEDULE";

    private static readonly CrontabSchedule.ParseOptions WithSeconds = new() { IncludingSeconds = true };

    /// <summary>Every schedule setting with its value as configured (null when missing).</summary>
    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();

    public void Read(IConfiguration configuration) =>
        Values = new[] { Ingest, Report, Email, Watch }.ToDictionary(setting => setting, setting => configuration[setting]);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        const string example = "e.g. \"0 15 0 * * *\" for 00:15 UTC daily";
        foreach (var (setting, value) in Values)
        {
            if (string.IsNullOrWhiteSpace(value))
                yield return new ValidationResult($"{setting} is not set: give an NCRONTAB schedule with 6 fields (seconds first), {example}; infra/main.parameters.json has the defaults.", [setting]);
            else if (CrontabSchedule.TryParse(value, WithSeconds) is null)
                yield return new ValidationResult($"{setting} '{value}' is not an NCRONTAB schedule with 6 fields (seconds first), {example}.", [setting]);
        }
    }
}
