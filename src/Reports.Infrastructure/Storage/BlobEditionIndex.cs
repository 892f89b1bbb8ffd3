using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Domain.Archive;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// The edition index in the reports container: one tiny JSON blob per edition, <c>editions/yyyy-MM-dd.json</c>
/// (date, headline, standfirst, archivedAt). A page of the index lists the names (one call per 5,000 editions) and
/// downloads only the entries it shows. Editions archived before the index existed are found by one listing of the
/// whole container and given an entry from their JSON edition (<see cref="MissingAsync"/>).
/// </summary>
public sealed class BlobEditionIndex : IEditionIndex
{
    public const string Prefix = "editions/";

    // An entry is a headline and a standfirst; anything far larger was not written by this app.
    private const int MaxEntryBytes = 16 * 1024;

    // A JSON edition is tens of kilobytes; a far larger blob under that name is not one, and is not read whole.
    private const long MaxEditionBytes = 8 * 1024 * 1024;
    private static readonly string JsonEditionSuffix = $"/{ReportBlobNames.FileStem}.json";

    private readonly BlobContainerClient container;
    private readonly CreateOnce createContainer;
    private readonly ILogger logger;

    public BlobEditionIndex(BlobServiceClient service, IOptions<ReportsStorageOptions> options, ILogger<BlobEditionIndex>? logger = null)
    {
        container = service.GetBlobContainerClient(options.Value.ReportsContainer);
        createContainer = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
        this.logger = logger ?? NullLogger<BlobEditionIndex>.Instance;
    }

    public static string EntryName(DateOnly day) => $"{Prefix}{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.json";

    public async Task SaveAsync(EditionEntry entry, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(EntryName(entry.Date));
        var content = JsonSerializer.SerializeToUtf8Bytes(new EntryDocument(entry.Date, entry.Headline, entry.Standfirst, entry.ArchivedAt), JsonSerializerOptions.Web);
        try
        {
            // A rebuilt report may have a new headline, and the entry follows the edition; an unchanged entry is left
            // alone, so a rebuild that gives the same edition changes no blob (and no ETag).
            await createContainer.RunAsync(ct => BlobOperations.SaveIfDifferentAsync(blob, content, BlobOperations.JsonContentType, ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"storing the index entry of {entry.Date:yyyy-MM-dd}");
        }
    }

    public async Task<EditionPage> ListAsync(DateOnly? until, int skip, int take, CancellationToken cancellationToken)
    {
        try
        {
            var days = new List<DateOnly>();
            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken).ConfigureAwait(false))
            {
                if (TryParse(item.Name, out var day) && (until is null || day <= until)) days.Add(day);
            }
            days.Sort((a, b) => b.CompareTo(a));
            var shown = days.Skip(Math.Max(skip, 0)).Take(Math.Max(take, 0)).ToList();
            var entries = await Task.WhenAll(shown.Select(day => ReadAsync(day, cancellationToken))).ConfigureAwait(false);
            return new EditionPage(entries.OfType<EditionEntry>().ToList(), days.Count);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new EditionPage([], 0); // no container yet: nothing has been published
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, "listing the edition index");
        }
    }

    public async Task<EditionEntry?> GetAsync(DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAsync(day, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null; // no container yet
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"reading the index entry of {day:yyyy-MM-dd}");
        }
    }

    public async Task<IReadOnlyList<EditionEntry>> MissingAsync(int max, CancellationToken cancellationToken)
    {
        try
        {
            var indexed = new HashSet<DateOnly>();
            var archived = new List<DateOnly>();
            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken).ConfigureAwait(false))
            {
                if (TryParse(item.Name, out var entryDay)) indexed.Add(entryDay);
                else if (TryParseJsonEdition(item.Name, out var editionDay) && item.Properties.ContentLength <= MaxEditionBytes) archived.Add(editionDay);
            }
            var missing = archived.Where(d => !indexed.Contains(d)).OrderDescending().Take(Math.Max(max, 0)).ToList();
            var entries = new List<EditionEntry>();
            foreach (var day in missing)
            {
                if (await FromEditionAsync(day, cancellationToken).ConfigureAwait(false) is { } entry) entries.Add(entry);
            }
            return entries;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return []; // no container yet: nothing archived
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, "looking for archived editions without an index entry");
        }
    }

    /// <summary>The entry an archived JSON edition gives: its headline and standfirst, archived when the blob was last written.</summary>
    private async Task<EditionEntry?> FromEditionAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(ReportBlobNames.Report(day, "json"));
        try
        {
            var result = await BlobOperations.DownloadCheckedAsync(blob, cancellationToken).ConfigureAwait(false);
            if (result is null) return null; // removed between the listing and now
            using var doc = JsonDocument.Parse(result.Content.ToMemory());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("date", out var date) || date.GetString() != day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                || !root.TryGetProperty("headline", out var headline) || headline.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(headline.GetString()))
                throw new CorruptBlobException(blob.Name, "is not a JSON edition of its day with a headline");
            var standfirst = root.TryGetProperty("standfirst", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
            return new EditionEntry(day, headline.GetString()!, standfirst, result.Details.LastModified);
        }
        catch (Exception e) when (e is CorruptBlobException or JsonException or InvalidOperationException)
        {
            logger.LogWarning("The {Day} edition gets no index entry: {Problem}", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Message);
            return null;
        }
    }

    private static bool TryParseJsonEdition(string name, out DateOnly day)
    {
        day = default;
        return name.Length == 10 + JsonEditionSuffix.Length && name.EndsWith(JsonEditionSuffix, StringComparison.Ordinal)
            && DateOnly.TryParseExact(name.AsSpan(0, 10), "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private async Task<EditionEntry?> ReadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(EntryName(day));
        try
        {
            var result = await BlobOperations.DownloadCheckedAsync(blob, cancellationToken).ConfigureAwait(false);
            if (result is null) return null; // removed between the listing and now
            if (result.Content.ToMemory().Length > MaxEntryBytes) throw new CorruptBlobException(blob.Name, "is larger than any index entry");
            var doc = JsonSerializer.Deserialize<EntryDocument>(result.Content.ToMemory().Span, JsonSerializerOptions.Web);
            if (doc is null || doc.Date != day || string.IsNullOrWhiteSpace(doc.Headline))
                throw new CorruptBlobException(blob.Name, "is not an index entry for its day");
            // Entries written before the archive time was kept: the entry was written with its edition.
            return new EditionEntry(doc.Date, doc.Headline, doc.Standfirst ?? "", doc.ArchivedAt ?? result.Details.LastModified);
        }
        catch (Exception e) when (e is CorruptBlobException or JsonException)
        {
            // One damaged entry must not take the whole index down; the edition itself is still served by date.
            logger.LogWarning("Leaving {Blob} out of the edition index: {Problem}", blob.Name, e.Message);
            return null;
        }
    }

    private static bool TryParse(string name, out DateOnly day)
    {
        day = default;
        return name.Length == Prefix.Length + 15 && name.EndsWith(".json", StringComparison.Ordinal)
            && DateOnly.TryParseExact(name.AsSpan(Prefix.Length, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private sealed record EntryDocument(DateOnly Date, string Headline, string? Standfirst, DateTimeOffset? ArchivedAt);
}
