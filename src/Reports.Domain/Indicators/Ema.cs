using Reports.Domain.Market;

namespace Reports.Domain.Indicators;

/// <summary>
/// Exponential moving average of closes with Stock.Indicators (v2) semantics: seeded with the simple average of
/// the first N closes at index N−1, then EMA = previous + k·(close − previous) with k = 2/(N+1).
/// </summary>
public static class Ema
{
    public const int DefaultLookbackPeriods = 20;

    public static IReadOnlyList<EmaResult> Calculate(IReadOnlyList<Candle> candles, int lookbackPeriods = DefaultLookbackPeriods)
    {
        Validate(lookbackPeriods, nameof(lookbackPeriods));
        IndicatorInput.RequireAscending(candles, nameof(candles));

        double?[] ema = Smooth(IndicatorInput.Closes(candles), lookbackPeriods);

        var results = new EmaResult[candles.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new EmaResult(candles[i].OpenTime, ema[i]);
        }

        return results;
    }

    internal static void Validate(int lookbackPeriods, string paramName)
    {
        if (lookbackPeriods <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, lookbackPeriods, "Lookback periods must be greater than 0 for EMA.");
        }
    }

    /// <summary>The EMA of any series (MACD smooths its own line with it); null before index N−1.</summary>
    internal static double?[] Smooth(ReadOnlySpan<double> values, int lookbackPeriods)
    {
        var smoothed = new double?[values.Length];
        if (values.Length < lookbackPeriods)
        {
            return smoothed;
        }

        double k = 2d / (lookbackPeriods + 1);
        double ema = 0;
        for (int i = 0; i < lookbackPeriods; i++)
        {
            ema += values[i];
        }

        ema /= lookbackPeriods;
        smoothed[lookbackPeriods - 1] = ema;

        for (int i = lookbackPeriods; i < values.Length; i++)
        {
            ema += k * (values[i] - ema);
            smoothed[i] = ema;
        }

        return smoothed;
    }
}
