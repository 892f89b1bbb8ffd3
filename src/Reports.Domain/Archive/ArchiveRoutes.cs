using System.Globalization;

namespace Reports.Domain.Archive;

/// <summary>
/// The public archive's addresses, in one place for the functions that serve them, the pages and feed that link to
/// them and the emails that point readers at them. Paths are root-relative under the host's "api" route prefix.
/// </summary>
public static class ArchiveRoutes
{
    /// <summary>Function route templates (relative to the route prefix).</summary>
    public const string IndexRoute = "archive", EditionRoute = "archive/{edition}", FeedRoute = "feed.atom";

    public const string IndexPath = "/api/" + IndexRoute;

    public const string FeedPath = "/api/" + FeedRoute;

    /// <summary>"/api/archive/2026-02-01" (the HTML edition) or "/api/archive/2026-02-01.pdf".</summary>
    public static string EditionPath(DateOnly day, string? format = null) =>
        $"{IndexPath}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(format is null ? "" : "." + format)}";

    /// <summary>The index page <paramref name="page"/> (1-based); page 1 is the bare index.</summary>
    public static string PagePath(int page) => page <= 1 ? IndexPath : $"{IndexPath}?page={page.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><paramref name="path"/> under a public base URL such as "https://flow.example.com" (any trailing slash ignored).</summary>
    public static string Absolute(string publicBaseUrl, string path) => publicBaseUrl.TrimEnd('/') + path;
}
