using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Reports.Functions.Http;

/// <summary>Strong ETags from content, and If-None-Match matching (weak comparison, as RFC 9110 §13.1.2 asks).</summary>
public static class EntityTags
{
    /// <summary>A quoted strong tag from the SHA-256 of the bytes: the same report always gets the same tag.</summary>
    public static string For(byte[] content) =>
        $"\"{Convert.ToBase64String(SHA256.HashData(content), 0, 18).Replace('+', '-').Replace('/', '_')}\"";

    /// <summary>True when an If-None-Match header names <paramref name="etag"/> or is "*". A malformed header matches nothing.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch)) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
