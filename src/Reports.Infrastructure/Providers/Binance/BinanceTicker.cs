using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.Binance;

/// <summary>
/// Latest spot prices from Binance's ticker (<c>GET /api/v3/ticker/price?symbol=BTCUSDT</c>, answer
/// <c>{"symbol":"BTCUSDT","price":"64530.66000000"}</c>), through the same typed, resilient client setup and
/// <see cref="ProviderHttp"/> as <see cref="BinanceSource"/>, so timeouts, retries and failures read the same.
/// </summary>
internal sealed class BinanceTicker(HttpClient http, IOptions<BinanceOptions> options, MarketDataClock clock, ILogger<BinanceTicker> logger) : IPriceTicker
{
    private readonly ProviderHttp provider = new(http, BinanceSource.SourceName, clock, logger);
    private readonly BinanceOptions settings = options.Value;

    public async Task<IReadOnlyDictionary<string, decimal>> LatestPricesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        var prices = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        var raw = new List<RawResponse>();
        foreach (var asset in symbols)
        {
            var pair = settings.SpotSymbol(asset);
            var response = await provider.GetAsync(
                ProviderRequest.Get(settings.SpotBaseUrl, "api/v3/ticker/price", [("symbol", pair)], $"{BinanceOptions.SectionName}:SpotBaseUrl"),
                raw, cancellationToken).ConfigureAwait(false);
            prices[asset] = Parse(pair, response.Body);
        }
        return prices;
    }

    private decimal Parse(string pair, byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.GetProperty("symbol").GetString() != pair)
                throw provider.Fail(SourceFailure.Malformed, $"the ticker for {pair} answered for {root.GetProperty("symbol").GetString()}.");
            var price = decimal.Parse(root.GetProperty("price").GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return price > 0 ? price : throw provider.Fail(SourceFailure.Malformed, $"the ticker for {pair} gave a price of {price}.");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or OverflowException or ArgumentNullException)
        {
            throw provider.Fail(SourceFailure.Malformed, $"the ticker for {pair} is not {{\"symbol\",\"price\"}}: {e.Message}", e);
        }
    }
}
