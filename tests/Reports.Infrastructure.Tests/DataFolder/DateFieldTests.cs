using System.Globalization;
using Reports.Infrastructure.DataFolder;

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

    /// <summary>
    /// The day converter reads the usual form without DateOnly.ParseExact: on texts shaped like a day (every
    /// month 00-13, day 00-32, year 0000-9999) and on mangled ones (other digits, separators, lengths) it must give
    /// exactly what ParseExact gives, the day or a refusal.
    /// </summary>
    [Fact]
    public void Reads_every_text_exactly_as_DateOnly_ParseExact_does()
    {
        var random = new Random(20261202);
        const string alphabet = "0123456789-/ x+\u0661\uFF11";
        for (var i = 0; i < 50_000; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{random.Next(10_000):D4}-{random.Next(14):D2}-{random.Next(33):D2}");
            if (i % 2 == 1)
            {
                // Replace, drop or add one character.
                var at = random.Next(text.Length);
                var c = alphabet[random.Next(alphabet.Length)];
                text = (i % 6) switch { 1 => text[..at] + c + text[(at + 1)..], 3 => text.Remove(at, 1), _ => text.Insert(at, c.ToString()) };
            }

            var expected = DateOnly.TryParseExact(text.Trim(), DateField.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
            Assert.True(expected == DateField.TryParse(text), $"'{text}': ParseExact gives {expected?.ToString("O") ?? "no day"}");
        }
    }
}
