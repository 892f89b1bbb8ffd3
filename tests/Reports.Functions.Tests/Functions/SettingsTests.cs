using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Reports.Functions.Tests.Functions;

/// <summary>Settings are validated when the worker starts, with messages that name the setting to fix.</summary>
public sealed class SettingsTests
{
    private const string Azurite = "UseDevelopmentStorage=true";

    [Fact]
    public void No_storage_connection_fails_at_start_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Start(new()));

        Assert.Contains("Set either REPORTS_STORAGE (a connection string, for Azurite) or REPORTS_STORAGE__blobServiceUri", error.Message);
    }

    [Theory]
    [InlineData("REPORTS_STORAGE:blobServiceUri", "http://myaccount.blob.core.windows.net", "must be an https URI")]
    [InlineData("REPORTS_STORAGE:blobServiceUri", "not a uri", "is not an absolute URI")]
    [InlineData("INGEST_SCHEDULE", "*/5 * * * *", "INGEST_SCHEDULE '*/5 * * * *' is not an NCRONTAB schedule with 6 fields (seconds first)")]
    [InlineData("REPORT_SCHEDULE", "daily", "REPORT_SCHEDULE 'daily' is not an NCRONTAB schedule")]
    [InlineData("EMAIL_SCHEDULE", "0 0 25 * * *", "EMAIL_SCHEDULE '0 0 25 * * *' is not an NCRONTAB schedule")]
    [InlineData("EMAIL_SCHEDULE", "0 0 6 * * * *", "EMAIL_SCHEDULE '0 0 6 * * * *' is not an NCRONTAB schedule")]
    [InlineData("INGEST_SCHEDULE", "", "INGEST_SCHEDULE is not set")]
    [InlineData("Storage:SnapshotsContainer", "Snapshots_1", "Storage:SnapshotsContainer must be a valid container name")]
    [InlineData("Storage:ReadConcurrency", "0", "ReadConcurrency")]
    [InlineData("Functions:IngestCatchUpDays", "90", "IngestCatchUpDays")]
    public void A_wrong_setting_fails_at_start_naming_it(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (!key.StartsWith("REPORTS_STORAGE", StringComparison.Ordinal)) settings["REPORTS_STORAGE"] = Azurite;

        var error = Assert.Throws<OptionsValidationException>(() => Start(settings));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_connection_string_and_a_service_uri_together_are_refused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Start(new()
        {
            ["REPORTS_STORAGE"] = Azurite,
            ["REPORTS_STORAGE:blobServiceUri"] = "https://myaccount.blob.core.windows.net",
        }));

        Assert.Contains("not both", error.Message);
    }

    [Fact]
    public void Identity_based_settings_give_singleton_clients_on_the_service_uris()
    {
        using var services = Start(new()
        {
            ["REPORTS_STORAGE:blobServiceUri"] = "https://myaccount.blob.core.windows.net",
            ["REPORTS_STORAGE:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var blobs = services.GetRequiredService<BlobServiceClient>();
        Assert.Same(blobs, services.GetRequiredService<BlobServiceClient>());
        Assert.Equal("https://myaccount.blob.core.windows.net/", blobs.Uri.ToString());
        Assert.Equal("myaccount", blobs.AccountName);
        // No queue URI configured: it is derived from the blob one.
        Assert.Equal("https://myaccount.queue.core.windows.net/", services.GetRequiredService<QueueServiceClient>().Uri.ToString());
    }

    [Theory]
    [InlineData("https://myaccount.blob.core.windows.net", true)]
    [InlineData("UseDevelopmentStorage=true", false)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;", false)]
    public void The_cli_storage_argument_is_a_service_uri_or_a_connection_string(string argument, bool isUri)
    {
        var options = Infrastructure.Storage.ReportsStorageOptions.ForConnection(argument);

        Assert.Equal(isUri, options.BlobServiceUri is not null);
        Assert.Equal(!isUri, options.ConnectionString == argument);
    }

    [Fact]
    public void The_schedule_defaults_the_bicep_deploys_pass_the_start_up_check()
    {
        // infra/main.parameters.json is the one place schedule defaults live: "${INGEST_SCHEDULE=0 15 0 * * *}".
        var parameters = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "infra", "main.parameters.json"));
        var defaults = System.Text.RegularExpressions.Regex.Matches(parameters, @"\$\{(?<name>[A-Z]+_SCHEDULE)=(?<value>[^}]*)\}")
            .ToDictionary(m => m.Groups["name"].Value, m => (string?)m.Groups["value"].Value);
        Assert.Equal([TimerSchedules.Email, TimerSchedules.Ingest, TimerSchedules.Report, TimerSchedules.Watch], defaults.Keys.Order());

        defaults["REPORTS_STORAGE"] = Azurite;
        using var services = Start(defaults, schedules: false);

        Assert.Equal("0 15 0 * * *", services.GetRequiredService<IOptions<TimerSchedules>>().Value.Values[TimerSchedules.Ingest]);
    }

    [Fact]
    public void A_missing_email_schedule_fails_at_start_even_with_email_off()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Start(new()
        {
            ["REPORTS_STORAGE"] = Azurite,
            [TimerSchedules.Ingest] = "0 15 0 * * *",
            [TimerSchedules.Report] = "0 45 0 * * *",
            [TimerSchedules.Watch] = "0 5 * * * *",
        }, schedules: false));

        Assert.Contains("EMAIL_SCHEDULE is not set", error.Message);
    }

    /// <param name="schedules">Fill in valid schedules for the settings not given, so a test sees only its own mistake.</param>
    private static ServiceProvider Start(Dictionary<string, string?> settings, bool schedules = true)
    {
        if (schedules)
        {
            settings.TryAdd(TimerSchedules.Ingest, "0 15 0 * * *");
            settings.TryAdd(TimerSchedules.Report, "0 45 0 * * *");
            settings.TryAdd(TimerSchedules.Email, "0 0 6 * * *");
            settings.TryAdd(TimerSchedules.Watch, "0 5 * * * *");
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddReportsFunctions(configuration).BuildServiceProvider();
        ReportsFunctionsServices.ValidateOnStart(services);
        return services;
    }
}
