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
        foreach (var row in CsvFileReader.Read(file, expectedHeader: null, new Map(), warnings, cancellationToken))
        {
            if (LooksLikeHeader(row))
            {
                warnings.Add(file.Warning(row.Line, "header row skipped (Binance kline files have no header)"));
                continue;
            }

            if (!FieldCount.Matches(row, Columns.Count, warnings))
                continue;

            var record = row.Read<Row>();
            if (!KlineTime.TryParse(record.OpenTime ?? "", out var openTime, out _))
            {
                warnings.Add(file.Warning(row.Line, $"open time '{Shown.Text((record.OpenTime ?? "").Trim())}' is not a Unix time in milliseconds (13 digits) or microseconds (16 digits); row skipped"));
                continue;
            }

            if (openTime >= end)
                continue;

            var values = new RowValues(row, Columns);
            var open = values.Price(1, record.Open);
            var high = values.Price(2, record.High);
            var low = values.Price(3, record.Low);
            var close = values.Price(4, record.Close);
            values.Amount(5, record.Volume);
            var quoteVolume = values.Amount(7, record.QuoteVolume);
            values.AnyNumber(8, record.Trades);
            values.AnyNumber(9, record.TakerBuyBaseVolume);
            values.AnyNumber(10, record.TakerBuyQuoteVolume);
            values.AnyNumber(11, record.Ignore);
            var closeTimeOk = KlineTime.TryParse(record.CloseTime ?? "", out var closeTime, out var resolution);
            var problem = values.Problem
                ?? (closeTimeOk ? null : $"close time '{Shown.Text((record.CloseTime ?? "").Trim())}' is not a Unix time in milliseconds (13 digits) or microseconds (16 digits)")
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
    private static bool LooksLikeHeader(DataRow row) => row[0].Trim() is { Length: > 0 } first && char.IsAsciiLetter(first[0]);

    private static string Show(DateTimeOffset time) =>
        time.ToString(time.UtcTicks % TimeSpan.TicksPerMinute == 0 ? "yyyy-MM-dd HH:mm 'UTC'" : "yyyy-MM-dd HH:mm:ss.FFFFFF 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The times stay text: <see cref="KlineTime"/> tells milliseconds from microseconds by their length.</summary>
    internal sealed class Row
    {
        public string? OpenTime { get; set; }

        public decimal? Open { get; set; }

        public decimal? High { get; set; }

        public decimal? Low { get; set; }

        public decimal? Close { get; set; }

        public decimal? Volume { get; set; }

        public string? CloseTime { get; set; }

        public decimal? QuoteVolume { get; set; }

        public decimal? Trades { get; set; }

        public decimal? TakerBuyBaseVolume { get; set; }

        public decimal? TakerBuyQuoteVolume { get; set; }

        public decimal? Ignore { get; set; }
    }

    internal sealed class Map : RowMap<Row>
    {
        public Map()
        {
            Text(r => r.OpenTime, 0);
            Number(r => r.Open, 1);
            Number(r => r.High, 2);
            Number(r => r.Low, 3);
            Number(r => r.Close, 4);
            Number(r => r.Volume, 5);
            Text(r => r.CloseTime, 6);
            Number(r => r.QuoteVolume, 7);
            Number(r => r.Trades, 8);
            Number(r => r.TakerBuyBaseVolume, 9);
            Number(r => r.TakerBuyQuoteVolume, 10);
            Number(r => r.Ignore, 11);
        }
    }
}
