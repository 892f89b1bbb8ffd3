using BenchmarkDotNet.Attributes;
using Reports.Domain.Analysis;
using Reports.Domain.Market;

namespace Reports.Bench;

/// <summary>
/// Where the money went, on a generated history of 100 coins × 400 days (issue 13's budget: one day under 20 ms):
/// the attribution alone, and the whole analysis of the day with those caps (D−1 rebuilt included).
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private const int Coins = 100;
    private const int Days = 400;
    private MarketData _data = MarketData.Empty;
    private DateOnly _day;
    private MarketFlow _market = null!;

    [GlobalSetup]
    public void Setup()
    {
        var first = new DateOnly(2025, 1, 1);
        var random = new Random(13);
        var global = new List<MarketCapPoint>(Days);
        var caps = new List<CoinMarketCap>(Days * Coins);
        var symbols = Enumerable.Range(0, Coins).Select(i => i switch { 0 => "BTC", 1 => "ETH", _ => $"C{i:000}" }).Order(StringComparer.Ordinal).ToArray();
        for (var d = 0; d < Days; d++)
        {
            var day = first.AddDays(d);
            var top = 0m;
            foreach (var symbol in symbols)
            {
                var cap = Math.Round((decimal)(random.NextDouble() + 0.5) * (symbol == "BTC" ? 1.5e12m : symbol == "ETH" ? 3e11m : 5e9m), 2);
                top += cap;
                caps.Add(new CoinMarketCap(day, symbol, cap, symbol.EndsWith('7') ? CoinCategory.Stablecoin : CoinCategory.Other));
            }
            global.Add(new MarketCapPoint(day, Math.Round(top * 1.08m, 0), null));
        }
        _data = new MarketData(global, [], [], [], [], []) { CoinCaps = caps };
        _day = first.AddDays(Days - 1);
        _market = MarketCapFlow.Calculate(_data, _day, AnalysisSettings.Default);
    }

    [Benchmark(Description = "attribution of one day (100 coins x 400 days)")]
    public object Attribution() => FlowAttribution.Calculate(_data, _day, _market, out _)!;

    [Benchmark(Description = "analysis of one day with 100 coins x 400 days of caps")]
    public object Analyse() => FlowAnalyzer.Analyze(_data, _day);
}
