using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.Watch;

namespace Reports.Infrastructure.Watch;

/// <summary>
/// The "What to watch" price levels of the newest archived edition, read from its JSON edition (docs/report-json.md,
/// <c>watch[]</c>): the archive is the record of what readers were told, so alerts follow exactly those levels.
/// </summary>
public sealed class ArchivedWatchLevels(IEditionIndex index, IReportArchive archive, ILogger<ArchivedWatchLevels>? logger = null) : IWatchLevelSource
{
    public const string JsonFormat = "json";

    private readonly ILogger log = logger ?? NullLogger<ArchivedWatchLevels>.Instance;

    public async Task<WatchEdition?> LatestAsync(CancellationToken cancellationToken)
    {
        var latest = (await index.ListAsync(until: null, 0, 1, cancellationToken).ConfigureAwait(false)).Entries.FirstOrDefault();
        if (latest is null) return null;
        var json = await archive.GetAsync(latest.Date, JsonFormat, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            log.LogWarning("The {Date} edition has no JSON edition archived: no levels to watch", latest.Date);
            return new WatchEdition(latest.Date, []);
        }
        try
        {
            return new WatchEdition(latest.Date, Read(json.Content));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            log.LogWarning("The {Date} JSON edition cannot be read for watch levels: {Reason}", latest.Date, e.Message);
            return new WatchEdition(latest.Date, []);
        }
    }

    /// <summary>The price levels of <c>watch[]</c>: supports (broken below) and broken supports to reclaim (broken above).</summary>
    public static IReadOnlyList<WatchLevel> Read(byte[] edition)
    {
        using var doc = JsonDocument.Parse(edition);
        if (!doc.RootElement.TryGetProperty("watch", out var watch) || watch.ValueKind != JsonValueKind.Array) return [];
        var levels = new List<WatchLevel>();
        foreach (var item in watch.EnumerateArray())
        {
            var kind = item.GetProperty("kind").GetString();
            var direction = kind switch
            {
                WatchLevel.NearestSupport => BreakDirection.Below,
                WatchLevel.ReclaimBrokenSupport => BreakDirection.Above,
                _ => (BreakDirection?)null,
            };
            // The subject becomes part of table keys and alert subjects: an edited archive's odd subject is skipped.
            if (direction is null || item.GetProperty("level") is not { ValueKind: JsonValueKind.Number } level
                || !item.TryGetProperty("subject", out var subject) || subject.ValueKind != JsonValueKind.String || !AssetSymbol.IsCanonical(subject.GetString())) continue;
            levels.Add(new WatchLevel(
                subject.GetString()!,
                kind!,
                level.GetDecimal(),
                direction.Value,
                item.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
                item.TryGetProperty("exposureUsd", out var x) && x.ValueKind == JsonValueKind.Number ? x.GetDecimal() : null));
        }
        return levels;
    }
}
