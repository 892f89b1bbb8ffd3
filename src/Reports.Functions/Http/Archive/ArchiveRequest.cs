using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Reports.Domain.Market;

namespace Reports.Functions.Http.Archive;

/// <summary>
/// Checks the archive's caller input before anything is looked up: the edition address (a yyyy-MM-dd day that has
/// ended, with an optional .pdf/.json) and the index's page number. Only values that passed here reach a blob name.
/// </summary>
public static partial class ArchiveRequest
{
    public const string HtmlFormat = "html";

    /// <summary>Highest page number accepted: 20 editions a page covers far more days than crypto has had.</summary>
    public const int MaxPage = 10_000;

    public sealed record Edition(DateOnly Day, string Format);

    /// <returns>The edition asked for, or the error page: 400 for a malformed address, 404 for a day that cannot have an edition.</returns>
    public static (Edition? Edition, HtmlPageResult? Problem) ParseEdition(string? edition, DateOnly lastComplete)
    {
        var match = edition is null ? Match.Empty : EditionPattern().Match(edition);
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (null, HtmlPageResult.Problem(StatusCodes.Status400BadRequest, "Not an archive address",
                "An edition's address is its day, yyyy-MM-dd, optionally followed by .pdf or .json, e.g. /api/archive/2026-02-01.pdf."));
        }
        if (CompleteDays.Problem(day, lastComplete) is { } outOfRange)
            return (null, NotArchived(outOfRange));
        var format = match.Groups["format"].Success ? match.Groups["format"].Value : HtmlFormat;
        return (new Edition(day, format), null);
    }

    /// <returns>The 1-based page (1 when absent), or the 400 page saying what is wrong.</returns>
    public static (int Page, HtmlPageResult? Problem) ParsePage(IQueryCollection query)
    {
        var values = query["page"];
        if (values.Count == 0) return (1, null);
        if (values.Count > 1 || !PagePattern().IsMatch(values[0] ?? "") || int.Parse(values[0]!, CultureInfo.InvariantCulture) is < 1 or > MaxPage)
        {
            return (0, HtmlPageResult.Problem(StatusCodes.Status400BadRequest, "Not an archive page",
                $"The page parameter is a whole number from 1 to {MaxPage}, given once, e.g. /api/archive?page=2."));
        }
        return (int.Parse(values[0]!, CultureInfo.InvariantCulture), null);
    }

    public static HtmlPageResult NotArchived(string detail) =>
        HtmlPageResult.Problem(StatusCodes.Status404NotFound, "Edition not found", $"There is no archived edition for that day. {detail}");

    [GeneratedRegex(@"^(?<day>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:\.(?<format>pdf|json))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EditionPattern();

    [GeneratedRegex("^[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PagePattern();
}
