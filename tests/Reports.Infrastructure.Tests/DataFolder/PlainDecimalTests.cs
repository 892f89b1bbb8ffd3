using System.Globalization;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>The fast reader of plain numbers must give bit for bit the decimal that decimal.Parse gives, or decline.</summary>
public sealed class PlainDecimalTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.0", "0.0")]
    [InlineData("1.50", "1.50")]
    [InlineData("007.250", "7.250")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("87656.28", "87656.28")]
    [InlineData("24519888919", "24519888919")]
    [InlineData("2270945447.94161000", "2270945447.94161000")]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("12345678.9012345678", "12345678.9012345678")]
    public void Reads_plain_literals_as_decimal_parse_does(string text, string shown)
    {
        Assert.True(PlainDecimal.TryParse(text, out var value));
        Assert.Equal(decimal.GetBits(decimal.Parse(text, CultureInfo.InvariantCulture)), decimal.GetBits(value));
        Assert.Equal(shown, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e5")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData(" 1")]
    [InlineData("NaN")]
    [InlineData("١٢")]
    [InlineData("1234567890123456789")]
    [InlineData("123456789.0123456789")]
    public void Declines_anything_else(string text) => Assert.False(PlainDecimal.TryParse(text, out _));

    [Fact]
    public void Every_number_in_the_bundled_samples_reads_as_decimal_parse_reads_it()
    {
        var checkedFields = 0;
        foreach (var path in Directory.EnumerateFiles(SamplesFolder(), "*.csv", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(path))
            {
                foreach (var field in line.Split(','))
                {
                    if (!decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected))
                        continue;
                    if (PlainDecimal.TryParse(field, out var value))
                    {
                        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(value));
                        checkedFields++;
                    }
                }
            }
        }

        // 4h files alone hold 2 x 1,440 rows of 11 numbers; nearly all of them are plain.
        Assert.True(checkedFields > 40_000, $"only {checkedFields} plain numbers checked");
    }

    private static string SamplesFolder() => RepositoryFolder.Combine("samples");
}
