namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>Day columns are read as "yyyy-MM-dd" (CsvHelper's DateOnly converter): exactly what the format accepts and refuses.</summary>
public sealed class DateFieldTests : IDisposable
{
    private const string Header = "date,total_market_cap_usd,total_volume_usd";

    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData(" 2026-12-31 ", 2026, 12, 31)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public async Task Reads_real_days(string text, int year, int month, int day)
    {
        folder.Write("global.csv", $"{Header}\n{text},100,5\n");

        var data = await folder.LoadAsync();

        Assert.Equal(new DateOnly(year, month, day), Assert.Single(data.Global).Date);
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2026-1-01")]
    [InlineData("2026/01/01")]
    [InlineData("2026-01-0x")]
    public async Task Refuses_what_is_not_a_day_in_the_format(string text)
    {
        folder.Write("global.csv", $"{Header}\n{text},100,5\n");

        Assert.Equal($"global.csv:2: date '{text}' is not a date in the form yyyy-MM-dd; cannot place the row", await folder.LoadFailureAsync());
    }
}
