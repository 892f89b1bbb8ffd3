using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Writes market data in the data-folder format, so <see cref="DataFolderStore"/> reads back the same figures.
/// Each call replaces whole files (written to a temporary file first, then moved into place) and leaves other files alone.
/// </summary>
/// <remarks>
/// 4h files keep Binance's 12 columns, but a <see cref="Candle"/> only knows the quote volume: base volume, trade
/// count and taker volumes are written as 0 (the reports never read them). Daily files write Close as Adj Close.
/// </remarks>
public sealed class DataFolderWriter(string folder)
{
    private static readonly TimeSpan FourHours = BinanceKlineCsvParser.Interval;

    public string Folder => folder;

    /// <summary>Writes every non-empty part of <paramref name="data"/>, and provenance.csv for sources it wrote that carry provenance.</summary>
    public async Task WriteAsync(MarketData data, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        if (data.Global.Count > 0)
            written.Add(await WriteGlobalAsync(data.Global, cancellationToken));
        foreach (var asset in data.Assets)
        {
            if (asset.Daily.Count > 0)
                written.Add(await WriteDailyAsync(asset.Symbol, asset.Daily, cancellationToken));
            if (asset.FourHour.Count > 0)
                written.Add(await WriteFourHourAsync(asset.Symbol, asset.FourHour, cancellationToken));
            if (asset.Derivatives.Count > 0)
                written.Add(await WriteDerivativesAsync(asset.Symbol, asset.Derivatives, cancellationToken));
        }

        foreach (var market in data.CrossMarkets.Where(m => m.Daily.Count > 0))
            written.Add(await WriteCrossMarketAsync(market.Name, market.Daily, cancellationToken));
        if (data.Events.Count > 0)
            written.Add(await WriteEventsAsync(data.Events, cancellationToken));

        var provenance = data.Sources
            .Where(s => (s.Provenance is not null || s.Synthetic) && written.Contains(s.Origin, StringComparer.OrdinalIgnoreCase))
            .Select(s => new ProvenanceRule(s.Origin, s.Provenance, s.Synthetic))
            .ToList();
        if (provenance.Count > 0)
            await WriteProvenanceAsync(provenance, cancellationToken);
    }

    /// <returns>The relative path written, e.g. "global.csv".</returns>
    public Task<string> WriteGlobalAsync(IEnumerable<MarketCapPoint> points, CancellationToken cancellationToken) =>
        WriteFileAsync(DataFolderLayout.GlobalFile, GlobalCsvParser.Header, points,
            p => [DateField.Show(p.Date), Number(p.TotalMarketCapUsd), Number(p.TotalVolumeUsd)], cancellationToken);

    public Task<string> WriteDailyAsync(string symbol, IEnumerable<Candle> candles, CancellationToken cancellationToken) =>
        WriteYahooAsync(DataFolderLayout.DailyFolder, symbol, candles, cancellationToken);

    public Task<string> WriteCrossMarketAsync(string name, IEnumerable<Candle> candles, CancellationToken cancellationToken) =>
        WriteYahooAsync(DataFolderLayout.CrossFolder, name, candles, cancellationToken);

    /// <summary>Writes Binance kline rows with times in milliseconds; volume goes to the quote-volume column.</summary>
    public Task<string> WriteFourHourAsync(string symbol, IEnumerable<Candle> candles, CancellationToken cancellationToken) =>
        WriteFileAsync(SeriesPath(DataFolderLayout.FourHourFolder, symbol), header: null, candles, c =>
        {
            if (c.OpenTime.UtcTicks % FourHours.Ticks != 0)
                throw new ArgumentException($"4h candle at {c.OpenTime:O} is not on a 4-hour boundary", nameof(candles));
            var open = c.OpenTime.ToUnixTimeMilliseconds();
            var close = (c.OpenTime + FourHours).ToUnixTimeMilliseconds() - 1;
            return [Number(open), Number(c.Open), Number(c.High), Number(c.Low), Number(c.Close), "0", Number(close), Number(c.Volume), "0", "0", "0", "0"];
        }, cancellationToken);

    public Task<string> WriteDerivativesAsync(string symbol, IEnumerable<DerivativesPoint> points, CancellationToken cancellationToken) =>
        WriteFileAsync(SeriesPath(DataFolderLayout.DerivativesFolder, symbol), DerivativesCsvParser.Header, points,
            p => [DateField.Show(p.Date), Number(p.OpenInterestUsd), Number(p.LongLiquidationsUsd), Number(p.ShortLiquidationsUsd)],
            cancellationToken);

    public Task<string> WriteEventsAsync(IEnumerable<MarketEvent> events, CancellationToken cancellationToken) =>
        WriteFileAsync(DataFolderLayout.EventsFile, EventsCsvParser.Header, events,
            e => [DateField.Show(e.Date), e.Kind, e.Text, e.SourceUrl ?? ""], cancellationToken);

    public Task<string> WriteProvenanceAsync(IEnumerable<ProvenanceRule> rules, CancellationToken cancellationToken) =>
        WriteFileAsync(DataFolderLayout.ProvenanceFile, ProvenanceCsvParser.Header, rules,
            r => [r.File, r.Provider ?? "", r.Synthetic ? "true" : "false"], cancellationToken);

    private Task<string> WriteYahooAsync(string subfolder, string name, IEnumerable<Candle> candles, CancellationToken cancellationToken) =>
        WriteFileAsync(SeriesPath(subfolder, name), YahooDailyCsvParser.Header, candles, c =>
        {
            if (c.OpenTime.UtcTicks % TimeSpan.TicksPerDay != 0)
                throw new ArgumentException($"daily candle at {c.OpenTime:O} does not open at 00:00 UTC", nameof(candles));
            return [DateField.Show(c.Day), Number(c.Open), Number(c.High), Number(c.Low), Number(c.Close), Number(c.Close), Number(c.Volume)];
        }, cancellationToken);

    private static string SeriesPath(string subfolder, string name)
    {
        if (!AssetSymbol.IsCanonical(name))
            throw new ArgumentException($"'{name}' is not a usable file name (upper-case, {AssetSymbol.Rule})", nameof(name));
        return $"{subfolder}/{name}{DataFolderLayout.CsvExtension}";
    }

    private async Task<string> WriteFileAsync<T>(
        string relativePath,
        IReadOnlyList<string>? header,
        IEnumerable<T> rows,
        Func<T, string[]> fields,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A half-written file must never replace a good one: write beside it, then move it into place.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            await using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            await using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
            {
                if (header is not null)
                    await WriteRecordAsync(csv, header);
                foreach (var row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await WriteRecordAsync(csv, fields(row));
                }

                await csv.FlushAsync();
            }

            File.Move(temporary, path, overwrite: true);
            return relativePath;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static async Task WriteRecordAsync(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
            csv.WriteField(field);
        await csv.NextRecordAsync();
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
