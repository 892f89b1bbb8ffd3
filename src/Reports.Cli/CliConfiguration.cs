using System.CommandLine;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reports.Domain;
using Reports.Infrastructure;
using Reports.Infrastructure.Storage;
using Reports.Rendering;

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

    /// <summary>
    /// The app's three layers (AddReportsDomain, AddReportsInfrastructure, AddReportsRendering), as the function app
    /// composes them, for one CLI run. <paramref name="ports"/> registers what this command puts in place of the
    /// configured ones first (a data folder instead of blob storage); the layers' TryAdds leave them in place.
    /// </summary>
    public static ServiceProvider Services(IConfiguration configuration, Action<IServiceCollection>? ports = null)
    {
        // The Native AOT build (README) is made for `report` over a data folder, which needs no container. The
        // layers bind settings and storage rows by reflection that such a build does not keep: refuse, don't guess.
        if (!RuntimeFeature.IsDynamicCodeSupported)
            throw new ArgumentException("this Native AOT build runs `report` over a data folder only; storage, live data and email need the ReadyToRun build (dotnet publish src/Reports.Cli -c Release, see README).");
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        ports?.Invoke(services);
        services.AddReportsDomain().AddReportsInfrastructure(configuration).AddReportsRendering();
        return services.BuildServiceProvider();
    }
}
