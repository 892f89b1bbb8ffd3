using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Binance;
using Reports.Infrastructure.Providers.CoinGecko;
using Reports.Infrastructure.Providers.CrossMarkets;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.History;

public static class HistoryServiceCollectionExtensions
{
    private const string UserAgent = "FlowReports/1.0 (history bootstrap)";

    /// <summary>
    /// Adds the sources that can fill past days (<see cref="IHistorySource"/>): binance, stooq (with the Yahoo fallback)
    /// and global-estimated (CoinGecko market charts), each only when its provider is enabled. Calls
    /// <see cref="MarketDataServiceCollectionExtensions.AddMarketDataSources"/> first if it was not.
    /// </summary>
    public static IServiceCollection AddHistorySources(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(d => d.ServiceType == typeof(MarketDataSourceCatalog)))
            services.AddMarketDataSources(configuration);

        if (Enabled(configuration, BinanceOptions.SectionName))
            services.AddTransient<IHistorySource>(sp => ActivatorUtilities.CreateInstance<BinanceHistorySource>(sp, sp.GetRequiredService<BinanceSource>()));
        if (Enabled(configuration, StooqOptions.SectionName))
            services.AddTransient<IHistorySource>(sp => ActivatorUtilities.CreateInstance<CrossMarketHistorySource>(sp,
                sp.GetRequiredService<StooqClient>(), sp.GetRequiredService<YahooChartClient>()));

        services.AddOptions<GlobalEstimateOptions>().Bind(configuration.GetSection(GlobalEstimateOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        if (Enabled(configuration, CoinGeckoOptions.SectionName) && Enabled(configuration, GlobalEstimateOptions.SectionName))
        {
            services.AddHttpClient<GlobalEstimateSource>((sp, client) =>
                {
                    var options = sp.GetRequiredService<IOptions<CoinGeckoOptions>>().Value;
                    client.Timeout = Timeout.InfiniteTimeSpan;
                    client.MaxResponseContentBufferSize = 16 * 1024 * 1024;
                    client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                    client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
                    if (!string.IsNullOrWhiteSpace(options.ApiKey)) client.DefaultRequestHeaders.Add(options.KeyHeader, options.ApiKey);
                })
                .RemoveAllLoggers()
                .AddMarketDataResilience<CoinGeckoOptions>(GlobalEstimateSource.SourceName);
            services.AddTransient<IHistorySource>(sp => sp.GetRequiredService<GlobalEstimateSource>());
        }
        return services;
    }

    private static bool Enabled(IConfiguration configuration, string section) => configuration.GetValue($"{section}:Enabled", defaultValue: true);
}
