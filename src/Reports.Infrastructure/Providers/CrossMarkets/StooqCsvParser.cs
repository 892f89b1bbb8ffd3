using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>
/// Reads Stooq's daily CSV download: <c>Date,Open,High,Low,Close,Volume</c> (Volume absent for some instruments),
/// or the body "No data" when the range has no trading day, which is normal on weekends and holidays.
/// </summary>
internal static class StooqCsvParser
{
    private static readonly string[] RequiredColumns = ["Date", "Open", "High", "Low", "Close"];

    /// <summary>The bars in the body; empty for "No data".</summary>
    public static IReadOnlyList<Candle> Parse(string source, ProviderResponse response, string symbol)
    {
        var text = Encoding.UTF8.GetString(response.Body).Trim();
        if (text.Equals("No data", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        if (text.StartsWith("Exceeded the daily hits limit", StringComparison.OrdinalIgnoreCase))
        {
            throw new MarketDataSourceException(source, SourceFailure.RateLimited, $"Stooq's daily download limit is used up ({symbol}): \"{ProviderHttp.Excerpt(response.Body)}\".");
        }
        if (!text.StartsWith("Date,", StringComparison.Ordinal))
        {
            throw JsonValues.Malformed(source,
                $"{response.Request.DisplayUri} did not return the Date,Open,High,Low,Close CSV (Stooq may require a key: set {StooqOptions.SectionName}:ApiKey). "
                + $"Body starts: {ProviderHttp.Excerpt(response.Body)}");
        }

        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        if (RequiredColumns.FirstOrDefault(c => !header.Contains(c, StringComparer.Ordinal)) is { } absent)
        {
            throw JsonValues.Malformed(source, $"Stooq CSV for {symbol} has no {absent} column (header: {string.Join(",", header)}).");
        }
        var hasVolume = header.Contains("Volume", StringComparer.Ordinal);

        var bars = new List<Candle>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var dateText = csv.GetField("Date");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw JsonValues.Malformed(source, $"Stooq CSV for {symbol}, line {line}: date '{dateText}' is not yyyy-MM-dd.");
            }
            var context = $"Stooq {symbol} {date:yyyy-MM-dd}";
            var volumeText = hasVolume ? csv.GetField("Volume") : null;
            var candle = Candle.Daily(
                date,
                Amount(source, csv.GetField("Open"), $"{context} open"),
                Amount(source, csv.GetField("High"), $"{context} high"),
                Amount(source, csv.GetField("Low"), $"{context} low"),
                Amount(source, csv.GetField("Close"), $"{context} close"),
                // No volume column (FX, some futures): store 0, the CSV import's convention for "not traded/unknown".
                string.IsNullOrEmpty(volumeText) ? 0m : Amount(source, volumeText, $"{context} volume"));
            bars.Add(CandleCheck.Valid(source, candle, context));
        }
        return bars;
    }

    private static decimal Amount(string source, string? text, string context) =>
        JsonValues.TryParseDecimal(text, out var value)
            ? value
            : throw JsonValues.Invalid(source, $"{context} is '{text}', not a number.");
}
