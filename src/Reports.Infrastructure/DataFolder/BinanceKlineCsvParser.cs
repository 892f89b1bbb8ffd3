using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// A Binance public-data 4h kline file as downloaded: no header, 12 columns. The candle's volume is the quote
/// volume (column 8), which for USDT pairs is the traded value in US dollars, matching the daily files' volume.
/// </summary>
internal static class BinanceKlineCsvParser
{
    /// <summary>Column names used in messages; Binance's files carry none.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "open time", "open", "high", "low", "close", "volume", "close time", "quote volume",
        "trades", "taker buy base volume", "taker buy quote volume", "ignore",
    ];

    public static readonly TimeSpan Interval = TimeSpan.FromHours(4);

    public static Task<ParsedFile<Candle>> ParseAsync(DataFile file, DateOnly? through, CancellationToken cancellationToken)
    {
        // A candle belongs to day D if it opens before the next day's 00:00 UTC.
        DateTimeOffset? end = through is { } t && t < DateOnly.MaxValue
            ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        var warnings = new FileWarnings(file);
        var rows = new List<LineItem<Candle>>();
        // Candles after the report day are not part of this load: skipped before their other fields are read.
        Func<ReadOnlySpan<char>, bool>? outsideLoad = end is { } last ? first => KlineTime.TryParse(first, out var open, out _) && open >= last : null;
        foreach (var row in CsvFileReader.Read(file, expectedHeader: null, warnings, cancellationToken, outsideLoad))
        {
            if (LooksLikeHeader(row))
            {
                warnings.Add(file.Warning(row.Line, "header row skipped (Binance kline files have no header)"));
                continue;
            }

            if (!FieldCount.Matches(file, row, Columns.Count, warnings))
                continue;

            if (!KlineTime.TryParse(row.Span(0), out var openTime, out _))
            {
                warnings.Add(file.Warning(row.Line, $"open time '{Shown.Text(row[0].Trim())}' is not a Unix time in milliseconds (13 digits) or microseconds (16 digits); row skipped"));
                continue;
            }

            if (openTime >= end)
                continue;

            var values = new RowValues(row, Columns);
            var open = values.Price(1);
            var high = values.Price(2);
            var low = values.Price(3);
            var close = values.Price(4);
            values.Amount(5);
            var quoteVolume = values.Amount(7);
            for (var i = 8; i < Columns.Count; i++)
                values.AnyNumber(i);
            var closeTimeOk = KlineTime.TryParse(row.Span(6), out var closeTime, out var resolution);
            var problem = values.Problem
                ?? (closeTimeOk ? null : $"close time '{Shown.Text(row[6].Trim())}' is not a Unix time in milliseconds (13 digits) or microseconds (16 digits)")
                ?? CandleRules.Problem(open, high, low, close);
            if (problem is not null)
            {
                warnings.Add(file.Warning(row.Line, $"{problem}; row skipped"));
                continue;
            }

            CheckInterval(file, row.Line, openTime, closeTime, resolution);
            rows.Add(new(row.Line, new Candle(openTime, open, high, low, close, quoteVolume)));
        }

        var candles = SeriesOrder.Normalise(file, rows, c => c.OpenTime, Show, warnings);
        GapCheck.EveryFourHours(file, candles.Select(c => c.OpenTime), warnings);
        return Task.FromResult(new ParsedFile<Candle>(file, candles, warnings.Final()));
    }

    /// <summary>
    /// Candles of another interval (a 1h file in 4h/) would give every indicator wrong values without any visible
    /// sign, so the load fails rather than skipping rows one by one.
    /// </summary>
    private static void CheckInterval(DataFile file, int line, DateTimeOffset openTime, DateTimeOffset closeTime, TimeSpan resolution)
    {
        // Binance's close time is the last instant inside the candle: open + interval - one unit.
        var span = closeTime + resolution - openTime;
        if (span != Interval)
            throw file.Error(line, $"candle from {Show(openTime)} to {Show(closeTime)} is not a 4-hour candle; 4h/ files must hold Binance 4h klines");
        if (openTime.UtcTicks % Interval.Ticks != 0)
            throw file.Error(line, $"candle opens at {Show(openTime)}, not on a 4-hour boundary (00:00, 04:00, … UTC)");
    }

    /// <summary>Binance's futures files and hand-made files may start with a header such as "open_time,open,...".</summary>
    private static bool LooksLikeHeader(CsvRow row) => row.Span(0).Trim() is { Length: > 0 } first && char.IsAsciiLetter(first[0]);

    private static string Show(DateTimeOffset time) =>
        time.ToString(time.UtcTicks % TimeSpan.TicksPerMinute == 0 ? "yyyy-MM-dd HH:mm 'UTC'" : "yyyy-MM-dd HH:mm:ss.FFFFFF 'UTC'", CultureInfo.InvariantCulture);
}
