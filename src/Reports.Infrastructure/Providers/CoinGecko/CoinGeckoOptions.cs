using System.ComponentModel.DataAnnotations;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGecko;

/// <summary>Settings of the CoinGecko source (section <c>MarketData:CoinGecko</c>).</summary>
public sealed class CoinGeckoOptions : HttpSourceOptions
{
    public const string SectionName = "MarketData:CoinGecko";
    public const string DemoBaseUrl = "https://api.coingecko.com/api/v3";
    public const string ProBaseUrl = "https://pro-api.coingecko.com/api/v3";

    public CoinGeckoOptions()
    {
        // The Demo plan allows about 30 calls a minute.
        RateLimitPermits = 30;
    }

    public CoinGeckoPlan Plan { get; set; } = CoinGeckoPlan.Demo;

    /// <summary>Demo or Pro key; optional on Demo (keyless calls get a lower limit), required on Pro.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Overrides the plan's host, e.g. for a proxy; null uses <see cref="DemoBaseUrl"/> or <see cref="ProBaseUrl"/>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>
    /// /global only tells the current figure. Until this long after 00:00 UTC it is still taken as the figure of the
    /// day that just closed; later, that day is refused rather than filled with a value from well into the next day.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan YesterdayGracePeriod { get; set; } = TimeSpan.FromHours(3);

    public string EffectiveBaseUrl => BaseUrl ?? (Plan == CoinGeckoPlan.Pro ? ProBaseUrl : DemoBaseUrl);

    /// <summary>The API-key header CoinGecko documents for each plan.</summary>
    public const string ProKeyHeader = "x-cg-pro-api-key";
    public const string DemoKeyHeader = "x-cg-demo-api-key";

    public string KeyHeader => Plan == CoinGeckoPlan.Pro ? ProKeyHeader : DemoKeyHeader;

    protected override IEnumerable<(string Setting, string? Value)> BaseUrls => [($"{SectionName}:BaseUrl", BaseUrl)];

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }
        if (Plan == CoinGeckoPlan.Pro && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult($"{SectionName}:ApiKey is required when Plan is Pro.", [nameof(ApiKey)]);
        }
    }
}
