using Reports.Domain.Market;

namespace Reports.Domain.Indicators;

/// <summary>
/// Wilder's relative strength index of closes with Stock.Indicators (v2) semantics: the first value, at index N,
/// uses the plain average gain and loss of the first N changes; after that each average is smoothed as
/// (previous·(N−1) + today)/N. RSI = 100 − 100/(1 + avgGain/avgLoss), and 100 when the average loss is 0.
/// </summary>
public static class Rsi
{
    public const int DefaultLookbackPeriods = 14;

    public static IReadOnlyList<RsiResult> Calculate(IReadOnlyList<Candle> candles, int lookbackPeriods = DefaultLookbackPeriods)
    {
        if (lookbackPeriods < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lookbackPeriods), lookbackPeriods, "Lookback periods must be greater than 0 for RSI.");
        }

        IndicatorInput.RequireAscending(candles, nameof(candles));

        var results = new RsiResult[candles.Count];
        if (results.Length == 0)
        {
            return results;
        }

        double averageGain = 0;
        double averageLoss = 0;
        double previousClose = (double)candles[0].Close;

        for (int i = 0; i < results.Length; i++)
        {
            double close = (double)candles[i].Close;
            double gain = close > previousClose ? close - previousClose : 0;
            double loss = close < previousClose ? previousClose - close : 0;
            previousClose = close;

            double? rsi = null;
            if (i < lookbackPeriods)
            {
                // Warm-up: accumulate the first N changes (index 0 has none and adds 0).
                averageGain += gain;
                averageLoss += loss;
            }
            else if (i == lookbackPeriods)
            {
                averageGain = (averageGain + gain) / lookbackPeriods;
                averageLoss = (averageLoss + loss) / lookbackPeriods;
                rsi = Index(averageGain, averageLoss);
            }
            else
            {
                averageGain = ((averageGain * (lookbackPeriods - 1)) + gain) / lookbackPeriods;
                averageLoss = ((averageLoss * (lookbackPeriods - 1)) + loss) / lookbackPeriods;
                rsi = Index(averageGain, averageLoss);
            }

            results[i] = new RsiResult(candles[i].OpenTime, rsi);
        }

        return results;
    }

    // No losses at all (including a flat market) reads as 100, as in Stock.Indicators v2.
    private static double Index(double averageGain, double averageLoss) =>
        averageLoss > 0 ? 100 - (100 / (1 + (averageGain / averageLoss))) : 100;
}
