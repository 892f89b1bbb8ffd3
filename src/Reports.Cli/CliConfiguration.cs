using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Storage;

namespace Reports.Cli;

/// <summary>
/// Settings for the commands that reach storage, providers or SMTP: the same names the function app reads
/// (docs/deploy.md), from environment variables and an optional JSON file; --storage overrides REPORTS_STORAGE.
/// </summary>
internal static class CliConfiguration
{
    public static Option<string?> Storage(bool required) => new("--storage")
    {
        Description = "Storage: an Azure Storage connection string (Azurite) or a blob service URI (signed in with az login / managed identity).",
        HelpName = "CONN|URI",
        Required = required,
    };

    public static Option<FileInfo?> Settings() => new("--settings")
    {
        Description = "JSON settings file (same names as the function app, e.g. MarketData:CoinGecko:ApiKey, Email:Smtp:Host). Environment variables also apply.",
        HelpName = "FILE",
    };

    public static IConfiguration Build(string? storage, FileInfo? settings)
    {
        var builder = new ConfigurationBuilder();
        if (settings is not null)
        {
            if (!settings.Exists) throw new ArgumentException($"--settings {settings.FullName}: file not found.");
            builder.AddJsonFile(settings.FullName, optional: false);
        }
        builder.AddEnvironmentVariables();
        if (storage is not null)
        {
            // A URI means identity-based access (the function app's REPORTS_STORAGE__blobServiceUri); else a connection string.
            var key = Uri.TryCreate(storage, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                ? $"{ReportsStorageOptions.ConnectionName}:blobServiceUri"
                : ReportsStorageOptions.ConnectionName;
            builder.AddInMemoryCollection(new Dictionary<string, string?> { [key] = storage });
        }
        return builder.Build();
    }

    /// <summary>The storage and email services the function app uses, for one CLI run.</summary>
    public static ServiceProvider StorageServices(IConfiguration configuration)
    {
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddReportsStorage(configuration);
        services.AddEmailDelivery(configuration);
        services.AddSingleton<Reports.Domain.Ports.IReportEmailComposer, Reports.Rendering.Email.ReportEmailComposer>();
        return services.BuildServiceProvider();
    }
}
