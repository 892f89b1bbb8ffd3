using System.Globalization;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>
/// Numbers are read by CsvHelper's decimal converter, whose plain-form path skips decimal.Parse: on every text it
/// must give exactly what decimal.Parse gives with the folder's number styles, the same value and the same scale
/// (trailing zeros kept), or refuse it.
/// </summary>
public sealed class NumberFieldTests
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
        | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    [Theory]
    [InlineData("42475.23000000")]
    [InlineData("0.00000001")]
    [InlineData("-12.5")]
    [InlineData("999999999999999999")]
    [InlineData("99999999999999999.9")]
    [InlineData("1234567890123456789")]
    [InlineData("007")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    [InlineData("+5")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("1e3")]
    [InlineData(" 7 ")]
    [InlineData("1,000")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("\u0661\u0662")]
    [InlineData("79228162514264337593543950336")]
    public void Reads_the_text_as_decimal_Parse_does(string text) => AssertSameAsParse(text);

    [Fact]
    public void Reads_every_generated_number_exactly_as_decimal_Parse_does()
    {
        var random = new Random(20261202);
        const string alphabet = "0123456789.-+eE x,";
        for (var i = 0; i < 50_000; i++)
        {
            // Plain numbers of 1 to 22 digits with or without a fraction and a sign, then mangled ones.
            var digits = string.Concat(Enumerable.Range(0, random.Next(1, 23)).Select(_ => (char)('0' + random.Next(10))));
            var point = random.Next(digits.Length + 1);
            var text = (random.Next(4) == 0 ? "-" : "") + (point < digits.Length && random.Next(3) > 0 ? digits.Insert(point, ".") : digits);
            if (i % 3 == 2)
            {
                var at = random.Next(text.Length + 1);
                text = text.Insert(at, alphabet[random.Next(alphabet.Length)].ToString());
            }

            AssertSameAsParse(text);
        }
    }

    private static void AssertSameAsParse(string text)
    {
        var parsed = decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var expected);
        var read = CsvFields.Decimal.TryRead(text, out var value);
        Assert.True(parsed == read, $"'{text}': decimal.Parse {(parsed ? "reads" : "refuses")} it");
        if (parsed)
            Assert.True(decimal.GetBits(expected).SequenceEqual(decimal.GetBits(value)), $"'{text}': {value} against decimal.Parse's {expected}");
    }
}
