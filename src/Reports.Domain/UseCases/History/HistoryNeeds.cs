namespace Reports.Domain.UseCases.History;

/// <summary>
/// How much history the analysis needs before its first report is complete (docs/metrics.md): a year for the cycle
/// peak of the total market cap plus a month for the swing high and the drain, 120 days of 4-hour candles for the
/// momentum readings, and daily candles reaching past the cycle-peak window.
/// </summary>
public static class HistoryNeeds
{
    /// <summary>Days a bootstrap fetches by default: the 365-day cycle-peak window, its 30-day swing window and some slack.</summary>
    public const int BootstrapDays = 400;

    /// <summary>Most days one bootstrap may ask for, so a typo cannot send thousands of paged requests.</summary>
    public const int MaxBootstrapDays = 1000;

    /// <summary>Daily candles the analysis reads (support, weakest-since, cycle context).</summary>
    public const int DailyCandleDays = 400;

    /// <summary>4-hour candles: MACD(12,26,9) and RSI(14) need a warm-up far shorter than this; the chart shows 30 days.</summary>
    public const int FourHourDays = 120;

    /// <summary>Total market cap: the cycle-peak window.</summary>
    public const int TotalMarketCapDays = 365;

    /// <summary>What Binance keeps of open-interest statistics.</summary>
    public const int OpenInterestDays = 30;

    /// <summary>The window a source should cover, oldest day first: <paramref name="days"/> back from <paramref name="last"/>, as far as the source serves.</summary>
    public static (DateOnly From, DateOnly To) Window(DateOnly last, int days, int maxDaysBack) =>
        (last.AddDays(-(Math.Min(days, maxDaysBack) - 1)), last);

    /// <summary>Splits [from, to] into runs of at most <paramref name="chunkDays"/> days, oldest first.</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Chunks(DateOnly from, DateOnly to, int chunkDays)
    {
        if (chunkDays < 1) throw new ArgumentOutOfRangeException(nameof(chunkDays), chunkDays, "a chunk needs at least one day");
        var chunks = new List<(DateOnly, DateOnly)>();
        for (var start = from; start <= to; start = start.AddDays(chunkDays))
        {
            var end = start.AddDays(chunkDays - 1);
            chunks.Add((start, end < to ? end : to));
        }
        return chunks;
    }
}
