using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage;

/// <summary>The two blob operations everything here is built on: create-only upload and checked download.</summary>
internal static class BlobOperations
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>
    /// Uploads <paramref name="content"/> only if no blob has that name (<c>If-None-Match: *</c>) in one Put Blob, so
    /// the blob appears whole or not at all. Content-MD5 is sent too: the service rejects a body damaged on the way
    /// and keeps the hash for readers to check.
    /// </summary>
    /// <returns>False when a blob of that name already exists (nothing was changed).</returns>
    public static async Task<bool> UploadIfAbsentAsync(BlobClient blob, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), UploadOptions(content, contentType, new BlobRequestConditions { IfNoneMatch = ETag.All }), cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (IsAlreadyExists(e))
        {
            return false;
        }
    }

    /// <summary>Writes the blob whether or not it exists (still one request, still with Content-MD5).</summary>
    public static Task OverwriteAsync(BlobClient blob, byte[] content, string contentType, CancellationToken cancellationToken) =>
        blob.UploadAsync(BinaryData.FromBytes(content), UploadOptions(content, contentType, conditions: null), cancellationToken);

    /// <summary>
    /// Stores a blob that may be rewritten (a rebuilt report, its index entry): uploads it when absent, leaves it (and
    /// its ETag) untouched when it already holds the same bytes and content type, else replaces only the version just
    /// looked at, so two writers racing cannot interleave.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The blob kept changing while it was being replaced.</exception>
    public static async Task<StoreOutcome> SaveIfDifferentAsync(BlobClient blob, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        var hash = MD5.HashData(content);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (await UploadIfAbsentAsync(blob, content, contentType, cancellationToken).ConfigureAwait(false))
                return StoreOutcome.Stored;

            var existing = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (existing.ContentHash is { } stored && stored.AsSpan().SequenceEqual(hash) && existing.ContentType == contentType)
                return StoreOutcome.AlreadyStored;

            if (await ReplaceIfUnchangedAsync(blob, existing.ETag, content, contentType, cancellationToken).ConfigureAwait(false))
                return StoreOutcome.Replaced;
        }
        throw new StoreUnavailableException($"{blob.Name} kept changing while it was being replaced; try again.");
    }

    /// <summary>Replaces a blob only while it still has <paramref name="etag"/> (<c>If-Match</c>).</summary>
    /// <returns>False when the blob changed or vanished meanwhile.</returns>
    public static async Task<bool> ReplaceIfUnchangedAsync(BlobClient blob, ETag etag, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), UploadOptions(content, contentType, new BlobRequestConditions { IfMatch = etag }), cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Downloads a whole blob and checks it against its stored Content-MD5.</summary>
    /// <returns>Null when the blob does not exist.</returns>
    /// <exception cref="CorruptBlobException">The bytes do not match the stored hash, or there is no hash to check.</exception>
    public static async Task<BlobDownloadResult?> DownloadCheckedAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        BlobDownloadResult result;
        try
        {
            result = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }

        var stored = result.Details.ContentHash;
        if (stored is not { Length: > 0 })
            throw new CorruptBlobException(blob.Name, "has no Content-MD5, so its content cannot be checked");
        if (!MD5.HashData(result.Content.ToMemory().Span).AsSpan().SequenceEqual(stored))
            throw new CorruptBlobException(blob.Name, "does not match its Content-MD5 (damaged or changed outside the app)");
        return result;
    }

    public static bool IsAlreadyExists(RequestFailedException e) =>
        (e.Status == 409 && e.ErrorCode == BlobErrorCode.BlobAlreadyExists) || e.Status == 412;

    private static BlobUploadOptions UploadOptions(byte[] content, string contentType, BlobRequestConditions? conditions) => new()
    {
        Conditions = conditions,
        HttpHeaders = new BlobHttpHeaders { ContentType = contentType, ContentHash = MD5.HashData(content) },
        // One request up to 64 MiB: a snapshot or report never needs staged blocks.
        TransferOptions = new Azure.Storage.StorageTransferOptions { InitialTransferSize = 64 * 1024 * 1024, MaximumTransferSize = 64 * 1024 * 1024 },
    };
}

/// <summary>A stored blob failed its integrity check; it is skipped, never trusted.</summary>
internal sealed class CorruptBlobException(string blobName, string problem) : Exception($"{blobName} {problem}")
{
    public string BlobName { get; } = blobName;

    /// <summary>What is wrong, without the name: "does not match its Content-MD5 (...)".</summary>
    public string Problem { get; } = problem;
}
