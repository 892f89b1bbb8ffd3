using Reports.Domain.UseCases.History;
using Reports.Infrastructure.Providers.CoinGecko;

namespace Reports.Infrastructure.Providers.History;

/// <summary>How long a bootstrap takes at the least: CoinGecko's plan limit paces the estimate's calls, the slowest part by far.</summary>
public static class BootstrapDuration
{
    public static TimeSpan AtLeast(BootstrapPlan plan, CoinGeckoOptions coinGecko) =>
        plan.CallsPerSource.TryGetValue(GlobalEstimateSource.SourceName, out var calls)
            ? CallPacer.Duration(calls, coinGecko.RateLimitPermits, coinGecko.RateLimitWindow)
            : TimeSpan.Zero;
}
