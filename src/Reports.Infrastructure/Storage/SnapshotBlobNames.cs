using System.Globalization;
using System.Text.RegularExpressions;
using Reports.Domain.Market;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Blob names in the snapshots container (docs/storage.md): <c>raw/&lt;source&gt;/yyyy/MM/dd.json</c>,
/// <c>daily/&lt;source&gt;/yyyy/MM/dd.json</c>, <c>events/yyyy/MM/dd.json</c> and <c>marketcaps/yyyy/MM/dd.json</c>. Names are only ever built from a
/// validated source name and a <see cref="DateOnly"/>, so no outside text reaches a blob path.
/// </summary>
public static partial class SnapshotBlobNames
{
    public const string RawPrefix = "raw/";
    public const string DailyPrefix = "daily/";
    public const string EventsPrefix = "events/";
    public const string MarketCapsPrefix = "marketcaps/";

    public static string Raw(string source, DateOnly day) => $"{RawPrefix}{Checked(source)}/{DatePath(day)}.json";

    public static string Daily(string source, DateOnly day) => $"{DailyPrefix}{Checked(source)}/{DatePath(day)}.json";

    public static string Events(DateOnly day) => $"{EventsPrefix}{DatePath(day)}.json";

    public static string MarketCaps(DateOnly day) => $"{MarketCapsPrefix}{DatePath(day)}.json";

    /// <summary>Reads a daily snapshot's source and day back from its name; false for anything else.</summary>
    public static bool TryParseDaily(string name, out string source, out DateOnly day)
    {
        var match = DailyName().Match(name);
        source = match.Success ? match.Groups["source"].Value : "";
        return TryDay(match, out day) && DailySnapshotRules.IsValidSourceName(source);
    }

    public static bool TryParseEvents(string name, out DateOnly day) => TryDay(EventsName().Match(name), out day);

    public static bool TryParseMarketCaps(string name, out DateOnly day) => TryDay(MarketCapsName().Match(name), out day);

    /// <summary>"yyyy/MM/dd": sorts by date and lists a month or year with one prefix.</summary>
    public static string DatePath(DateOnly day) => day.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);

    private static bool TryDay(Match match, out DateOnly day)
    {
        day = default;
        return match.Success && DateOnly.TryParseExact(
            $"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static string Checked(string source) => DailySnapshotRules.IsValidSourceName(source)
        ? source
        : throw new ArgumentException($"'{source}' is not a usable source name (lower-case letters, digits, hyphens).", nameof(source));

    [GeneratedRegex(@"^daily/(?<source>[^/]+)/(?<y>\d{4})/(?<m>\d{2})/(?<d>\d{2})\.json$")]
    private static partial Regex DailyName();

    [GeneratedRegex(@"^events/(?<y>\d{4})/(?<m>\d{2})/(?<d>\d{2})\.json$")]
    private static partial Regex EventsName();

    [GeneratedRegex(@"^marketcaps/(?<y>\d{4})/(?<m>\d{2})/(?<d>\d{2})\.json$")]
    private static partial Regex MarketCapsName();
}
