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

    /// <summary>The trigger's body, returning what happened (for tests); null while email is off.</summary>
    public async Task<WatchCheckResult?> HandleAsync(CancellationToken cancellationToken)
    {
        if (!smtp.Value.IsConfigured)
        {
            logger.LogWarning("Email is off (no Email__Smtp__Host): watch levels not checked");
            return null;
        }
        var result = await check.RunAsync(cancellationToken);
        logger.LogInformation("Watch check: {Outcome}, {Breaks} levels broken, {Sent} alerts sent", result.Outcome, result.Breaks, result.Sent);
        return result;
    }
}
