using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Reports.Functions;

/// <summary>
/// Our Application Insights resource accepts only Entra-authenticated telemetry (docs/deploy.md). The Functions host
/// reads APPLICATIONINSIGHTS_AUTHENTICATION_STRING by itself; the worker's own SDK must be handed the credential.
/// </summary>
internal static class ApplicationInsightsAuthentication
{
    public const string Setting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>With "Authorization=AAD" (and optionally "ClientId=..."), telemetry is sent with that managed identity.</summary>
    public static IServiceCollection AddApplicationInsightsEntraAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var parts = (configuration[Setting] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !authorization.Equals("AAD", StringComparison.OrdinalIgnoreCase))
            return services;

        var identity = parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
            ? ManagedIdentityId.FromUserAssignedClientId(clientId)
            : ManagedIdentityId.SystemAssigned;
        var credential = new ManagedIdentityCredential(identity);
        return services.Configure<TelemetryConfiguration>(telemetry => telemetry.SetAzureTokenCredential(credential));
    }
}
