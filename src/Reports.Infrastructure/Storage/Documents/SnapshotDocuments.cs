using System.Text;
using System.Text.Json;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage.Documents;

/// <summary>Turns domain records into stored JSON bytes and back.</summary>
internal static class SnapshotDocuments
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Daily(DailySnapshot snapshot, SnapshotLabel label) =>
        JsonSerializer.SerializeToUtf8Bytes(new DailySnapshotDocument
        {
            Schema = DailySnapshotDocument.CurrentSchema,
            Source = snapshot.Source,
            Day = snapshot.Day,
            Provenance = label.Provenance,
            Synthetic = label.Synthetic,
            Global = snapshot.Global is { } g ? new GlobalDocument(g.TotalMarketCapUsd, g.TotalVolumeUsd) : null,
            Assets = snapshot.Assets.Select(a => new AssetDayDocument
            {
                Symbol = a.Symbol,
                Daily = a.Daily is { } c ? DailyBar(c) : null,
                FourHour = a.FourHour.Select(b => new BarDocument(b.OpenTime.ToUniversalTime(), b.Open, b.High, b.Low, b.Close, b.Volume)).ToList(),
                Derivatives = a.Derivatives is { } d ? new DerivativesDocument(d.OpenInterestUsd, d.LongLiquidationsUsd, d.ShortLiquidationsUsd) : null,
            }).ToList(),
            CrossMarkets = snapshot.CrossMarkets.Select(m => new CrossMarketDayDocument(m.Name, DailyBar(m.Daily))).ToList(),
        }, StorageJsonContext.Default.DailySnapshotDocument);

    /// <exception cref="JsonException">Not a daily snapshot document of a schema this code reads.</exception>
    public static (DailySnapshot Snapshot, SnapshotLabel Label) ReadDaily(ReadOnlySpan<byte> json)
    {
        var doc = JsonSerializer.Deserialize(json, StorageJsonContext.Default.DailySnapshotDocument)
            ?? throw new JsonException("the document is null");
        if (doc.Schema != DailySnapshotDocument.CurrentSchema)
            throw new JsonException($"schema {doc.Schema} is not supported (this version reads {DailySnapshotDocument.CurrentSchema})");

        var day = doc.Day;
        var snapshot = new DailySnapshot(
            doc.Source,
            day,
            doc.Global is { } g ? new MarketCapPoint(day, g.TotalMarketCapUsd, g.TotalVolumeUsd) : null,
            doc.Assets.Select(a => new AssetDay(
                a.Symbol,
                a.Daily is { } c ? Candle(day, c) : null,
                a.FourHour.Select(b => new Candle(b.OpenTime.ToUniversalTime(), b.Open, b.High, b.Low, b.Close, b.Volume)).ToList(),
                a.Derivatives is { } d ? new DerivativesPoint(day, d.OpenInterestUsd, d.LongLiquidationsUsd, d.ShortLiquidationsUsd) : null)).ToList(),
            doc.CrossMarkets.Select(m => new CrossMarketDay(m.Name, Candle(day, m.Daily))).ToList());
        return (snapshot, new SnapshotLabel(doc.Provenance, doc.Synthetic));
    }

    public static byte[] Raw(string source, DateOnly day, IReadOnlyList<RawResponse> responses) =>
        JsonSerializer.SerializeToUtf8Bytes(new RawResponsesDocument
        {
            Schema = RawResponsesDocument.CurrentSchema,
            Source = source,
            Day = day,
            Responses = responses.Select(r =>
            {
                var text = AsText(r.Body);
                return new RawResponseDocument
                {
                    RequestUri = r.RequestUri,
                    StatusCode = r.StatusCode,
                    ContentType = r.ContentType,
                    ReceivedAt = r.ReceivedAt.ToUniversalTime(),
                    BodyText = text,
                    BodyBase64 = text is null ? Convert.ToBase64String(r.Body) : null,
                };
            }).ToList(),
        }, StorageJsonContext.Default.RawResponsesDocument);

    /// <summary>The responses of a stored raw document, bodies byte for byte as received.</summary>
    public static IReadOnlyList<RawResponse> ReadRaw(ReadOnlySpan<byte> json)
    {
        var doc = JsonSerializer.Deserialize(json, StorageJsonContext.Default.RawResponsesDocument)
            ?? throw new JsonException("the document is null");
        return doc.Responses.Select(r => new RawResponse(
            r.RequestUri,
            r.StatusCode,
            r.ContentType,
            r.BodyText is { } text ? StrictUtf8.GetBytes(text) : Convert.FromBase64String(r.BodyBase64 ?? ""),
            r.ReceivedAt)).ToList();
    }

    public static byte[] Events(DateOnly day, IReadOnlyList<MarketEvent> events) =>
        JsonSerializer.SerializeToUtf8Bytes(new EventsDocument
        {
            Schema = EventsDocument.CurrentSchema,
            Day = day,
            Events = events.Select(e => new EventDocument(e.Kind, e.Text, e.SourceUrl)).ToList(),
        }, StorageJsonContext.Default.EventsDocument);

    public static IReadOnlyList<MarketEvent> ReadEvents(ReadOnlySpan<byte> json)
    {
        var doc = JsonSerializer.Deserialize(json, StorageJsonContext.Default.EventsDocument)
            ?? throw new JsonException("the document is null");
        if (doc.Schema != EventsDocument.CurrentSchema)
            throw new JsonException($"schema {doc.Schema} is not supported (this version reads {EventsDocument.CurrentSchema})");
        return doc.Events.Select(e => new MarketEvent(doc.Day, e.Kind, e.Text, e.SourceUrl)).ToList();
    }

    public static byte[] MarketCaps(DateOnly day, IReadOnlyList<CoinMarketCap> caps, SnapshotLabel label) =>
        JsonSerializer.SerializeToUtf8Bytes(new MarketCapsDocument
        {
            Schema = MarketCapsDocument.CurrentSchema,
            Day = day,
            Provenance = label.Provenance,
            Synthetic = label.Synthetic,
            Coins = caps.Select(c => new CoinCapDocument(c.Symbol, c.MarketCapUsd, c.Category == CoinCategory.Stablecoin ? StablecoinCategory : OtherCategory)).ToList(),
        }, StorageJsonContext.Default.MarketCapsDocument);

    /// <summary>The caps of a stored day, checked against the ticker rule; anything off makes the whole day unreadable.</summary>
    /// <exception cref="JsonException">Not a market-caps document of a schema this code reads, or a coin breaks the rules.</exception>
    public static (IReadOnlyList<CoinMarketCap> Caps, SnapshotLabel Label) ReadMarketCaps(ReadOnlySpan<byte> json)
    {
        var doc = JsonSerializer.Deserialize(json, StorageJsonContext.Default.MarketCapsDocument)
            ?? throw new JsonException("the document is null");
        if (doc.Schema != MarketCapsDocument.CurrentSchema)
            throw new JsonException($"schema {doc.Schema} is not supported (this version reads {MarketCapsDocument.CurrentSchema})");
        var caps = new List<CoinMarketCap>(doc.Coins.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var coin in doc.Coins)
        {
            if (!CoinMarketCap.IsTicker(coin.Symbol)) throw new JsonException($"'{coin.Symbol}' is not a ticker ({CoinMarketCap.TickerRule})");
            if (!seen.Add(coin.Symbol)) throw new JsonException($"{coin.Symbol} is listed twice");
            if (coin.MarketCapUsd <= 0) throw new JsonException($"{coin.Symbol} has a market cap that is not positive");
            var category = coin.Category switch
            {
                StablecoinCategory => CoinCategory.Stablecoin,
                OtherCategory => CoinCategory.Other,
                _ => throw new JsonException($"{coin.Symbol} has the category '{coin.Category}', not stablecoin or other"),
            };
            caps.Add(new CoinMarketCap(doc.Day, coin.Symbol, coin.MarketCapUsd, category));
        }
        return (caps, new SnapshotLabel(doc.Provenance, doc.Synthetic));
    }

    private const string StablecoinCategory = "stablecoin";
    private const string OtherCategory = "other";

    private static DailyBarDocument DailyBar(Candle c) => new(c.Open, c.High, c.Low, c.Close, c.Volume);

    private static Candle Candle(DateOnly day, DailyBarDocument c) =>
        Domain.Market.Candle.Daily(day, c.Open, c.High, c.Low, c.Close, c.Volume);

    /// <summary>The body as text when it is valid UTF-8 that turns back into exactly the same bytes; otherwise null.</summary>
    private static string? AsText(byte[] body)
    {
        try
        {
            var text = StrictUtf8.GetString(body);
            return StrictUtf8.GetBytes(text).AsSpan().SequenceEqual(body) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
