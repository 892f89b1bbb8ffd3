using System.Text.Json;
using Reports.Domain.Analysis;
using Reports.Rendering.Json;

namespace Reports.Rendering.Tests.Json;

/// <summary>The rounding and naming rules docs/report-json.md promises, checked on their edge cases.</summary>
public sealed class ContractRulesTests
{
    [Theory]
    [InlineData("-5.8995512345", "-5.9")]
    [InlineData("-5.90", "-5.9")]
    [InlineData("2.005", "2.01")] // half away from zero, not banker's rounding
    [InlineData("-2.005", "-2.01")]
    [InlineData("-0.004", "0")] // no "-0.00"
    [InlineData("12.00", "12")]
    public void Percent_keeps_two_decimals(string input, string expected)
    {
        var value = ContractNumbers.Percent(Parse(input));
        Assert.Equal(expected, JsonSerializer.Serialize(value, ReportJsonOptions.Instance));
    }

    [Theory]
    [InlineData("2125000000.00", "2125000000")]
    [InlineData("74420.10", "74420.1")]
    [InlineData("-0.00", "0")]
    [InlineData("0.0000001000", "0.0000001")] // never exponent notation
    [InlineData("27259925007.852272727272727273", "27259925007.852272727272727273")] // full precision kept
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")] // decimal.MaxValue
    public void Decimals_are_written_exactly_in_their_shortest_form(string input, string expected)
    {
        Assert.Equal(expected, JsonSerializer.Serialize(Parse(input), ReportJsonOptions.Instance));
        Assert.Equal(Parse(input), JsonSerializer.Deserialize<decimal>(expected, ReportJsonOptions.Instance));
    }

    [Theory]
    [InlineData(24.318765432, "24.318765")]
    [InlineData(-0.0000004, "0")] // no "-0"
    [InlineData(0.0000005, "1E-06")]
    [InlineData(-1234.5678915, "-1234.567892")]
    [InlineData(71.2, "71.2")]
    public void Indicator_keeps_six_decimal_places(double input, string expected)
    {
        Assert.Equal(expected, JsonSerializer.Serialize(ContractNumbers.Indicator(input), ReportJsonOptions.Instance));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_indicator_is_null(double input) => Assert.Null(ContractNumbers.Indicator(input));

    [Fact]
    public void Every_domain_enum_member_has_a_contract_string_of_the_same_name()
    {
        // The contract copies are separate types on purpose; today they spell each member like the domain does.
        Assert.All(Enum.GetValues<MomentumReading>(), v => Assert.Equal(v.ToString(), ContractEnums.ToDto(v).ToString()));
        Assert.All(Enum.GetValues<CatalystKind>(), v => Assert.Equal(v.ToString(), ContractEnums.ToDto(v).ToString()));
        Assert.All(Enum.GetValues<WatchKind>(), v => Assert.Equal(v.ToString(), ContractEnums.ToDto(v).ToString()));
        Assert.Equal(Enum.GetValues<MomentumReading>().Length, Enum.GetValues<Reports.Rendering.Json.Contract.MomentumReadingDto>().Length);
        Assert.Equal(Enum.GetValues<CatalystKind>().Length, Enum.GetValues<Reports.Rendering.Json.Contract.CatalystKindDto>().Length);
        Assert.Equal(Enum.GetValues<WatchKind>().Length, Enum.GetValues<Reports.Rendering.Json.Contract.WatchKindDto>().Length);
    }

    [Fact]
    public void Every_contract_enum_is_written_as_a_camel_case_string()
    {
        // The options list one generic converter per enum (no reflection at run time): a new enum must join that list.
        var enums = typeof(ReportJsonOptions).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == "Reports.Rendering.Json.Contract").ToList();
        Assert.NotEmpty(enums);
        Assert.All(enums, type =>
        {
            var first = Enum.GetValues(type).GetValue(0)!;
            var name = first.ToString()!;
            Assert.Equal($"\"{char.ToLowerInvariant(name[0])}{name[1..]}\"", JsonSerializer.Serialize(first, type, ReportJsonOptions.Instance));
        });
    }

    [Fact]
    public void An_unknown_enum_value_fails_loudly_instead_of_writing_a_number()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ContractEnums.ToDto((CatalystKind)99));
        Assert.Contains("docs/report-json.md", error.Message);
    }

    [Fact]
    public void Instants_are_written_in_utc_with_a_z()
    {
        var options = new JsonSerializerOptions { Converters = { new UtcInstantConverter() } };
        var instant = new DateTimeOffset(2026, 2, 5, 17, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal("\"2026-02-05T16:00:00Z\"", JsonSerializer.Serialize(instant, options));
        Assert.Equal("\"2026-02-05T16:00:00.25Z\"", JsonSerializer.Serialize(instant.AddMilliseconds(250), options));
        Assert.Equal(instant, JsonSerializer.Deserialize<DateTimeOffset>("\"2026-02-05T16:00:00Z\"", options));
        Assert.Equal("\"2026-02-05T16:00:00Z\"", JsonSerializer.Serialize(instant, ReportJsonOptions.Instance)); // registered
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
