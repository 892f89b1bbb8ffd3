using System.Globalization;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>Formats query-string values the way the providers expect them.</summary>
internal static class QueryValues
{
    public static string UnixMillis(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public static string UnixSeconds(DateTimeOffset instant) => instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string CompactDate(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
