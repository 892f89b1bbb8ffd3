using Reports.Domain.Market;

namespace Reports.Domain.Indicators;

/// <summary>Checks shared by every indicator's entry point.</summary>
internal static class IndicatorInput
{
    /// <summary>
    /// Stock.Indicators sorts its quotes before calculating; we return one result per input candle in input order
    /// instead, so an unsorted list would silently misalign. Fail loudly rather than sort behind the caller's back.
    /// </summary>
    public static void RequireAscending(IReadOnlyList<Candle> candles, string paramName)
    {
        ArgumentNullException.ThrowIfNull(candles, paramName);

        for (int i = 1; i < candles.Count; i++)
        {
            if (candles[i].OpenTime <= candles[i - 1].OpenTime)
            {
                throw new ArgumentException(
                    $"Candles must be in strictly ascending time order; candle {i} opens at {candles[i].OpenTime:O}, " +
                    $"not after candle {i - 1} at {candles[i - 1].OpenTime:O}.",
                    paramName);
            }
        }
    }

    public static double[] Closes(IReadOnlyList<Candle> candles)
    {
        var closes = new double[candles.Count];
        for (int i = 0; i < closes.Length; i++)
        {
            closes[i] = (double)candles[i].Close;
        }

        return closes;
    }
}
