using Reports.Domain.Market;

namespace Reports.Domain.Indicators;

/// <summary>
/// Chaikin money flow with Stock.Indicators (v2) semantics: multiplier = ((C−L) − (H−C)) / (H−L), 0 when H = L;
/// money-flow volume = multiplier · volume; CMF = Σ money-flow volume / Σ volume over the last N candles.
/// </summary>
public static class Cmf
{
    public const int DefaultLookbackPeriods = 20;

    public static IReadOnlyList<CmfResult> Calculate(IReadOnlyList<Candle> candles, int lookbackPeriods = DefaultLookbackPeriods)
    {
        if (lookbackPeriods <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lookbackPeriods), lookbackPeriods, "Lookback periods must be greater than 0 for Chaikin Money Flow.");
        }

        IndicatorInput.RequireAscending(candles, nameof(candles));

        var results = new CmfResult[candles.Count];
        var volumes = new double[candles.Count];
        var moneyFlowVolumes = new double[candles.Count];

        for (int i = 0; i < results.Length; i++)
        {
            Candle candle = candles[i];
            double high = (double)candle.High;
            double low = (double)candle.Low;
            double close = (double)candle.Close;

            // A bar with no range says nothing about buying or selling pressure.
            double multiplier = high == low ? 0 : ((close - low) - (high - close)) / (high - low);
            volumes[i] = (double)candle.Volume;
            moneyFlowVolumes[i] = multiplier * volumes[i];

            double? cmf = null;
            if (i >= lookbackPeriods - 1)
            {
                // Re-summing the window (rather than a running total) keeps each value free of
                // accumulated cancellation error over long series; N is small.
                double sumMoneyFlowVolume = 0;
                double sumVolume = 0;
                for (int p = i + 1 - lookbackPeriods; p <= i; p++)
                {
                    sumMoneyFlowVolume += moneyFlowVolumes[p];
                    sumVolume += volumes[p];
                }

                cmf = sumVolume != 0 ? sumMoneyFlowVolume / sumVolume : null;
            }

            results[i] = new CmfResult(candle.OpenTime, multiplier, moneyFlowVolumes[i], cmf);
        }

        return results;
    }
}
