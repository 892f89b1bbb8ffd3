using Reports.Domain.Market;

namespace Reports.Domain.Indicators;

/// <summary>
/// Moving average convergence/divergence of closes with Stock.Indicators (v2) semantics:
/// MACD = EMA(fast) − EMA(slow); signal = EMA(signal) of the MACD line, seeded with the average of its first
/// <c>signal</c> values; histogram = MACD − signal.
/// </summary>
public static class Macd
{
    public const int DefaultFastPeriods = 12;
    public const int DefaultSlowPeriods = 26;
    public const int DefaultSignalPeriods = 9;

    public static IReadOnlyList<MacdResult> Calculate(
        IReadOnlyList<Candle> candles,
        int fastPeriods = DefaultFastPeriods,
        int slowPeriods = DefaultSlowPeriods,
        int signalPeriods = DefaultSignalPeriods)
    {
        if (fastPeriods <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fastPeriods), fastPeriods, "Fast periods must be greater than 0 for MACD.");
        }

        if (slowPeriods <= fastPeriods)
        {
            throw new ArgumentOutOfRangeException(nameof(slowPeriods), slowPeriods, "Slow periods must be greater than the fast period for MACD.");
        }

        // Stock.Indicators v2 accepts 0 here and then fails inside its signal EMA with the same exception type;
        // we reject it up front with the parameter's own name.
        if (signalPeriods <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(signalPeriods), signalPeriods, "Signal periods must be greater than 0 for MACD.");
        }

        IndicatorInput.RequireAscending(candles, nameof(candles));

        double[] closes = IndicatorInput.Closes(candles);
        double?[] fastEma = Ema.Smooth(closes, fastPeriods);
        double?[] slowEma = Ema.Smooth(closes, slowPeriods);

        // The MACD line exists from the first slow EMA on; the signal is an EMA over that line alone,
        // so its warm-up counts from there, not from the first candle.
        int firstMacd = slowPeriods - 1;
        var macdLine = new double[Math.Max(0, closes.Length - firstMacd)];
        for (int i = 0; i < macdLine.Length; i++)
        {
            macdLine[i] = fastEma[firstMacd + i]!.Value - slowEma[firstMacd + i]!.Value;
        }

        double?[] signalLine = Ema.Smooth(macdLine, signalPeriods);

        var results = new MacdResult[candles.Count];
        for (int i = 0; i < results.Length; i++)
        {
            double? macd = i >= firstMacd ? macdLine[i - firstMacd] : null;
            double? signal = i >= firstMacd ? signalLine[i - firstMacd] : null;
            results[i] = new MacdResult(candles[i].OpenTime, macd, signal, macd - signal, fastEma[i], slowEma[i]);
        }

        return results;
    }
}
