using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reports.Functions;

const string applicationInsightsLoggerProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Telemetry goes to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set; otherwise it is a no-op.
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights()
    .AddApplicationInsightsEntraAuthentication(builder.Configuration);

// The SDK's default rule sends only warnings from the worker; our Information lines (one per source and day) are
// what an operator reads, so the level is left to host.json and the Logging settings.
builder.Services.Configure<LoggerFilterOptions>(options =>
{
    var warningsOnly = options.Rules.FirstOrDefault(rule => rule.ProviderName == applicationInsightsLoggerProvider);
    if (warningsOnly is not null) options.Rules.Remove(warningsOnly);
});

// The composition root: AddReportsDomain, AddReportsInfrastructure and AddReportsRendering plus the app's own
// settings. The tests build their service provider through the same method.
builder.Services.AddReportsFunctions(builder.Configuration);

builder.Build().Run();
