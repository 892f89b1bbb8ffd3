using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Binance;
using Reports.Infrastructure.Providers.CoinGecko;
using Reports.Infrastructure.Providers.CoinGlass;
using Reports.Infrastructure.Providers.CrossMarkets;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers;

/// <summary>Registers the live market-data sources, each a typed HttpClient behind <see cref="IMarketDataSource"/>.</summary>
public static class MarketDataServiceCollectionExtensions
{
    /// <summary>Largest response body accepted; a day of data is a few kilobytes.</summary>
    private const long MaxResponseBytes = 8 * 1024 * 1024;

    private const string UserAgent = "FlowReports/1.0 (daily market-flow report)";

    /// <summary>
    /// Adds every enabled source as <see cref="IMarketDataSource"/> (coingecko, binance, coinglass when a key is set,
    /// stooq), with coingecko the daily per-coin caps (<see cref="ICoinCapSource"/>), their validated options (checked at start by <c>ValidateOnStart</c>; call
    /// <see cref="ValidateMarketDataOptions"/> when there is no host), and a <see cref="MarketDataSourceCatalog"/>
    /// that also lists the sources left out and why.
    /// </summary>
    internal static IServiceCollection AddMarketDataSources(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(sp => new MarketDataClock(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddOptions<MarketDataOptions>()
            .Configure(options => options.BindFrom(configuration.GetSection(MarketDataOptions.SectionName)))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        if (Enabled(configuration, CoinGeckoOptions.SectionName, CoinGeckoSource.SourceName, "total market cap and volume", services))
        {
            static void Key(HttpClient client, CoinGeckoOptions options)
            {
                if (!string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    client.DefaultRequestHeaders.Add(options.KeyHeader, options.ApiKey);
                }
            }
            AddSource<CoinGeckoSource, CoinGeckoOptions>(services, configuration, CoinGeckoOptions.SectionName, CoinGeckoSource.SourceName, Key);
            // The daily per-coin caps (/coins/markets): same host, key and resilience as /global.
            AddClient<CoinGeckoCapSource, CoinGeckoOptions>(services, configuration, CoinGeckoOptions.SectionName, CoinGeckoSource.SourceName, Key, bindOptions: false);
            services.TryAddTransient<ICoinCapSource>(sp => sp.GetRequiredService<CoinGeckoCapSource>());
        }

        if (Enabled(configuration, BinanceOptions.SectionName, BinanceSource.SourceName, "candles and open interest", services))
        {
            AddSource<BinanceSource, BinanceOptions>(services, configuration, BinanceOptions.SectionName, BinanceSource.SourceName, (_, _) => { });
            // The watch alerts' latest prices: Binance's ticker on the same options and resilience as the source.
            AddClient<BinanceTicker, BinanceOptions>(services, configuration, BinanceOptions.SectionName, BinanceSource.SourceName, (_, _) => { }, bindOptions: false);
            services.TryAddTransient<IPriceTicker>(sp => sp.GetRequiredService<BinanceTicker>());
        }
        else
        {
            services.TryAddSingleton<IPriceTicker>(new UnavailableTicker($"The {BinanceSource.SourceName} source is switched off ({BinanceOptions.SectionName}:Enabled = false)."));
        }

        // CoinGlass needs a key: without one the source is not registered at all, and the catalog says why.
        if (string.IsNullOrWhiteSpace(configuration[$"{CoinGlassOptions.SectionName}:ApiKey"]))
        {
            services.AddSingleton(new UnavailableSource(CoinGlassSource.SourceName, "liquidations", SourceFailure.NotConfigured, CoinGlassSource.NoKeyReason));
        }
        else if (Enabled(configuration, CoinGlassOptions.SectionName, CoinGlassSource.SourceName, "liquidations", services))
        {
            AddSource<CoinGlassSource, CoinGlassOptions>(services, configuration, CoinGlassOptions.SectionName, CoinGlassSource.SourceName,
                (client, options) => client.DefaultRequestHeaders.Add("CG-API-KEY", options.ApiKey));
        }

        if (Enabled(configuration, StooqOptions.SectionName, CrossMarketSource.SourceName, "cross markets", services))
        {
            AddClient<StooqClient, StooqOptions>(services, configuration, StooqOptions.SectionName, CrossMarketSource.SourceName, (_, _) => { });
            AddClient<YahooChartClient, YahooOptions>(services, configuration, YahooOptions.SectionName, YahooChartClient.ProviderName, (_, _) => { });
            services.AddSingleton<IValidateOptions<StooqOptions>, CrossMarketSymbolsValidator<StooqOptions>>();
            services.AddSingleton<IValidateOptions<YahooOptions>, CrossMarketSymbolsValidator<YahooOptions>>();
            services.AddTransient<CrossMarketSource>();
            services.AddTransient<IMarketDataSource>(sp => sp.GetRequiredService<CrossMarketSource>());
        }

        services.TryAddTransient<MarketDataSourceCatalog>();
        return services;
    }

    /// <summary>
    /// Runs the start-up validation of the market-data options now, all at once. A generic host validates every
    /// options class on start; a CLI command that only fetches (no storage, no email) calls this once before fetching.
    /// </summary>
    /// <exception cref="OptionsValidationException">A market-data setting is missing or out of range; the message names every one.</exception>
    public static void ValidateMarketDataOptions(this IServiceProvider services)
    {
        var failures = new List<string>();
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException one)
        {
            Collect(one);
        }
        catch (AggregateException many) when (many.InnerExceptions.All(e => e is OptionsValidationException))
        {
            foreach (var e in many.InnerExceptions.Cast<OptionsValidationException>()) Collect(e);
        }
        if (failures.Count > 0)
            throw new OptionsValidationException(MarketDataOptions.SectionName, typeof(MarketDataOptions), failures);

        // Other layers' settings (storage, email) are checked where they are used.
        void Collect(OptionsValidationException e)
        {
            if (e.OptionsType.Namespace?.StartsWith(typeof(MarketDataOptions).Namespace!, StringComparison.Ordinal) == true)
                failures.AddRange(e.Failures);
        }
    }

    private static bool Enabled(IConfiguration configuration, string section, string name, string provides, IServiceCollection services)
    {
        if (configuration.GetValue($"{section}:Enabled", defaultValue: true))
        {
            return true;
        }
        services.AddSingleton(new UnavailableSource(name, provides, SourceFailure.NotConfigured, $"The {name} source is switched off ({section}:Enabled = false)."));
        return false;
    }

    private static void AddSource<TSource, TOptions>(
        IServiceCollection services, IConfiguration configuration, string section, string name, Action<HttpClient, TOptions> configureClient)
        where TSource : class, IMarketDataSource
        where TOptions : HttpSourceOptions
    {
        AddClient<TSource, TOptions>(services, configuration, section, name, configureClient);
        services.AddTransient<IMarketDataSource>(sp => sp.GetRequiredService<TSource>());
    }

    private static void AddClient<TClient, TOptions>(
        IServiceCollection services, IConfiguration configuration, string section, string name, Action<HttpClient, TOptions> configureClient, bool bindOptions = true)
        where TClient : class
        where TOptions : HttpSourceOptions
    {
        // A second client on the same options (the Binance ticker) must not bind them twice.
        if (bindOptions)
        {
            services.AddOptions<TOptions>()
                .Bind(configuration.GetSection(section))
                .ValidateDataAnnotations()
                .ValidateOnStart();
        }

        services.AddHttpClient<TClient>((sp, client) =>
            {
                // The resilience pipeline owns every timeout; HttpClient's own 100 s default would cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = MaxResponseBytes;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("application/json, text/csv;q=0.9, */*;q=0.5");
                configureClient(client, sp.GetRequiredService<IOptions<TOptions>>().Value);
            })
            // ProviderHttp logs each call with the recorded URI; the factory's own loggers would print the URI sent,
            // which can carry a key in its query string (Stooq's apikey).
            .RemoveAllLoggers()
            .AddMarketDataResilience<TOptions>(name);
    }
}
