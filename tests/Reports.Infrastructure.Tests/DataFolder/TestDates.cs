using Reports.Domain.Market;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>Small helpers shared by the data-folder tests.</summary>
internal static class TestDates
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso + "Z", System.Globalization.CultureInfo.InvariantCulture);

    public static List<string> Texts(this MarketData data) => data.Warnings.Select(w => w.ToString()).ToList();
}
