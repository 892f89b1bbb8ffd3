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
/// (date, headline, standfirst). A page of the index lists the names (one call per 5,000 editions) and downloads
/// only the entries it shows.
/// </summary>
public sealed class BlobEditionIndex : IEditionIndex
{
    public const string Prefix = "editions/";

    // An entry is a headline and a standfirst; anything far larger was not written by this app.
    private const int MaxEntryBytes = 16 * 1024;

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
        var content = JsonSerializer.SerializeToUtf8Bytes(new EntryDocument(entry.Date, entry.Headline, entry.Standfirst), JsonSerializerOptions.Web);
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
            return new EditionEntry(doc.Date, doc.Headline, doc.Standfirst ?? "");
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

    private sealed record EntryDocument(DateOnly Date, string Headline, string? Standfirst);
}
