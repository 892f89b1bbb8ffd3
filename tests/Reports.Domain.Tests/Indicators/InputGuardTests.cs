using Reports.Domain.Indicators;
using Reports.Domain.Market;

namespace Reports.Domain.Tests.Indicators;

/// <summary>What every indicator does with empty, missing or disordered input, and how it lines results up.</summary>
public sealed class InputGuardTests
{
    public static TheoryData<string> Indicators => ["ema", "macd", "rsi", "cmf"];

    /// <summary>MACD's three periods have their own tests (MacdTests); the others take one lookback.</summary>
    public static TheoryData<string, int> BadLookbacks => new()
    {
        { "ema", 0 }, { "ema", -1 },
        { "rsi", 0 }, { "rsi", -1 },
        { "cmf", 0 }, { "cmf", -1 },
    };

    [Theory]
    [MemberData(nameof(BadLookbacks))]
    public void A_lookback_below_one_is_rejected(string indicator, int lookbackPeriods)
    {
        Action calculate = indicator switch
        {
            "ema" => () => Ema.Calculate(GoldenData.Quotes, lookbackPeriods),
            "rsi" => () => Rsi.Calculate(GoldenData.Quotes, lookbackPeriods),
            "cmf" => () => Cmf.Calculate(GoldenData.Quotes, lookbackPeriods),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown indicator."),
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(calculate);
        Assert.Equal("lookbackPeriods", error.ParamName);
        Assert.Equal(lookbackPeriods, error.ActualValue);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void No_candles_give_no_results(string indicator)
    {
        Assert.Empty(Times(indicator, []));
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Null_candles_are_rejected(string indicator)
    {
        var error = Assert.Throws<ArgumentNullException>(() => Times(indicator, null!));
        Assert.Equal("candles", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Candles_out_of_time_order_are_rejected(string indicator)
    {
        var error = Assert.Throws<ArgumentException>(() => Times(indicator, TestCandles.OutOfOrder()));
        Assert.Equal("candles", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Two_candles_at_the_same_time_are_rejected(string indicator)
    {
        var error = Assert.Throws<ArgumentException>(() => Times(indicator, TestCandles.Duplicated()));
        Assert.Equal("candles", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void There_is_one_result_per_candle_stamped_with_its_open_time(string indicator)
    {
        var candles = GoldenData.Quotes;

        Assert.Equal(candles.Select(c => c.OpenTime), Times(indicator, candles));
    }

    private static IReadOnlyList<DateTimeOffset> Times(string indicator, IReadOnlyList<Candle> candles) => indicator switch
    {
        "ema" => Ema.Calculate(candles).Select(r => r.Time).ToList(),
        "macd" => Macd.Calculate(candles).Select(r => r.Time).ToList(),
        "rsi" => Rsi.Calculate(candles).Select(r => r.Time).ToList(),
        "cmf" => Cmf.Calculate(candles).Select(r => r.Time).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown indicator."),
    };
}
