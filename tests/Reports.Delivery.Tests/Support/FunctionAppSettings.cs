using Reports.Functions;

namespace Reports.Delivery.Tests.Support;

/// <summary>
/// The app settings a function-app test composes with: Azurite, the local smtp4dev, the deployed schedules, and
/// storage names made unique per test so tests sharing one Azurite never see each other's tables and queues.
/// </summary>
internal static class FunctionAppSettings
{
    public static Dictionary<string, string?> For(string unique, string storageConnection, int smtpPort) => new()
    {
        ["REPORTS_STORAGE"] = storageConnection,
        [TimerSchedules.Ingest] = "0 10 0 * * *",
        [TimerSchedules.Report] = "0 40 0 * * *",
        [TimerSchedules.Email] = "0 0 1 * * *",
        [TimerSchedules.Watch] = "0 5 * * * *",
        ["Storage:ReportsContainer"] = "reports" + unique,
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:From"] = "reports@flow-reports.example.com",
        // The deployment's public address: the email's links default to the archive and feed under it.
        ["Reports:PublicBaseUrl"] = "https://flow.example.com",
        ["Email:Storage:SubscribersTable"] = "subs" + unique,
        ["Email:Storage:LedgerTable"] = "ledger" + unique,
        ["Email:Storage:AlertLedgerTable"] = "alerts" + unique,
        ["Email:Storage:WatchBreaksTable"] = "breaks" + unique,
        ["Email:Storage:RequestQueue"] = "email-" + unique,
    };
}
