using System.ComponentModel.DataAnnotations;

namespace Reports.Functions.Http.Archive;

/// <summary>
/// The public archive's settings. The base URL is the deployment's <c>Reports:PublicBaseUrl</c> (written by
/// infra/app/functions.bicep), the one source of absolute links: the feed never builds them from a request's Host.
/// </summary>
public sealed class PublicArchiveOptions : IValidatableObject
{
    public const string SectionName = "Archive";

    public const string PublicBaseUrlSetting = "Reports:PublicBaseUrl";

    /// <summary>e.g. "https://flow.example.com"; empty turns the feed off (404) while the pages still work (their links are root-relative).</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How long a browser or CDN may keep an archived edition: it only changes if the day is rebuilt.</summary>
    [Range(0, 31_536_000)]
    public int EditionCacheSeconds { get; set; } = 86_400;

    /// <summary>How long the index and the feed may be kept: they change once a day.</summary>
    [Range(0, 86_400)]
    public int IndexCacheSeconds { get; set; } = 600;

    public bool HasFeed => PublicBaseUrl.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length == 0) yield break;
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            yield return new ValidationResult(
                $"{PublicBaseUrlSetting} '{PublicBaseUrl}' must be an absolute http(s) URL without query, fragment or credentials, e.g. https://flow.example.com.",
                [nameof(PublicBaseUrl)]);
        }
    }
}
