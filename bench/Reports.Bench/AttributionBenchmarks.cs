using BenchmarkDotNet.Attributes;
using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;

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

    private readonly string _samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private string _withoutCaps = "";
    private string _hundredCoins = "";

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_withoutCaps, recursive: true);
        Directory.Delete(_hundredCoins, recursive: true);
    }

    [GlobalSetup]
    public void Setup()
    {
        // The bundled samples without marketcaps.csv, to show what reading the per-coin rows adds to a load.
        _withoutCaps = CopyOfSamples("bench-no-caps-");
        File.Delete(Path.Combine(_withoutCaps, "marketcaps.csv"));

        // The samples with a 100-coin list every day (the ingest's default N): the samples' 25 plus 75 small coins.
        _hundredCoins = CopyOfSamples("bench-100-coins-");
        var lines = File.ReadAllLines(Path.Combine(_samples, "marketcaps.csv"));
        var padded = lines.Skip(1).GroupBy(l => l[..10])
            .SelectMany(day => day.Concat(Enumerable.Range(0, 100 - day.Count()).Select(i => $"{day.Key},X{i:000},1000000.5,other")).Order(StringComparer.Ordinal));
        File.WriteAllLines(Path.Combine(_hundredCoins, "marketcaps.csv"), [lines[0], .. padded]);

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
    public object Attribution() => FlowAttribution.Calculate(_data, _day, _market, AnalysisSettings.Default, out _)!;

    [Benchmark(Description = "analysis of one day with 100 coins x 400 days of caps")]
    public object Analyse() => FlowAnalyzer.Analyze(_data, _day);

    /// <summary>The bundled samples' CSV files copied to a new temp folder.</summary>
    private string CopyOfSamples(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.EnumerateFiles(_samples, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(_samples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return folder;
    }

    // Loads as a report reads a folder: per-coin caps only for the month the attribution uses.
    private static async Task<object> LoadForReport(string folder) => await new BuildReport(new DataFolderStore(folder)).LoadAsync(null, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "report load, samples without marketcaps.csv")]
    public Task<object> LoadWithoutCaps() => LoadForReport(_withoutCaps);

    [Benchmark(Description = "report load, samples with marketcaps.csv (25 coins, 14,925 rows)")]
    public Task<object> LoadWithCaps() => LoadForReport(_samples);

    [Benchmark(Description = "report load, samples with 100 coins a day (59,700 rows)")]
    public Task<object> LoadWith100Coins() => LoadForReport(_hundredCoins);
}
