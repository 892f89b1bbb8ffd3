using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;
using CheckWatchLevelsUseCase = Reports.Domain.UseCases.CheckWatchLevels;

namespace Reports.Functions.Timers;

/// <summary>
/// Timer (app setting WATCH_SCHEDULE, hourly by default): checks the latest prices against the newest edition's
/// "What to watch" levels and emails opted-in subscribers the levels that broke, once per level and day.
/// </summary>
public sealed class CheckWatchLevels(CheckWatchLevelsUseCase check, IOptions<SmtpOptions> smtp, ILogger<CheckWatchLevels> logger)
{
    [Function(nameof(CheckWatchLevels))]
    public Task RunAsync([TimerTrigger("%" + TimerSchedules.Watch + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        HandleAsync(cancellationToken);

    /// <summary>The trigger's body, returning what happened (for tests).</summary>
    /// <remarks>With email off the levels are still checked: the breaks it records reach the next edition's scored calls.</remarks>
    public async Task<WatchCheckResult> HandleAsync(CancellationToken cancellationToken)
    {
        var alerts = smtp.Value.IsConfigured;
        if (!alerts)
            logger.LogWarning("Email is off (no Email__Smtp__Host): watch breaks are recorded, no alerts are sent");
        var result = await check.RunAsync(cancellationToken, alerts);
        logger.LogInformation("Watch check: {Outcome}, {Breaks} levels broken, {Sent} alerts sent", result.Outcome, result.Breaks, result.Sent);
        return result;
    }
}
