using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>marketcaps.csv: per-coin market caps of the top coins, one row per coin and UTC day (docs/data-format.md).</summary>
internal static class MarketCapsCsvParser
{
    public static readonly IReadOnlyList<string> Header = ["date", "symbol", "market_cap_usd", "category"];

    /// <param name="since">The first day read (a report reads a month of caps), or null for every row.</param>
    public static Task<ParsedFile<CoinMarketCap>> ParseAsync(DataFile file, DateOnly? since, DateOnly? through, CancellationToken cancellationToken)
    {
        var warnings = new FileWarnings(file);
        var rows = DatedCsv.Read(file, Header, through, warnings, ReadRow, cancellationToken, since: since);
        var caps = SeriesOrder.Normalise(file, rows, c => new CoinDay(c.Date, c.Symbol), k => $"{DateField.Show(k.Day)} {k.Symbol}", warnings);
        GapCheck.EveryDay(file, caps.Select(c => c.Date).Distinct(), warnings);
        return Task.FromResult(new ParsedFile<CoinMarketCap>(file, caps, warnings.Final()));
    }

    private static RowResult<CoinMarketCap> ReadRow(CsvRow row, DateOnly date)
    {
        var symbol = row[1].Trim().ToUpperInvariant();
        if (!CoinMarketCap.IsTicker(symbol))
            return RowResult<CoinMarketCap>.Skip($"symbol '{Shown.Text(row[1])}' is not a ticker ({CoinMarketCap.TickerRule})");
        var values = new RowValues(row, Header);
        var cap = values.Amount(2, allowZero: false);
        if (values.Problem is { } problem)
            return RowResult<CoinMarketCap>.Skip(problem);
        CoinCategory? category = row[3].Trim().ToLowerInvariant() switch
        {
            "stablecoin" => CoinCategory.Stablecoin,
            "other" => CoinCategory.Other,
            _ => null,
        };
        return category is { } c
            ? new CoinMarketCap(date, symbol, cap, c)
            : RowResult<CoinMarketCap>.Skip($"category '{Shown.Text(row[3])}' is not stablecoin or other");
    }

    /// <summary>Rows are ordered by day, then ticker (ordinal, so the order does not depend on the culture).</summary>
    private readonly record struct CoinDay(DateOnly Day, string Symbol) : IComparable<CoinDay>
    {
        public int CompareTo(CoinDay other) => Day.CompareTo(other.Day) is var byDay and not 0 ? byDay : string.CompareOrdinal(Symbol, other.Symbol);
    }
}
