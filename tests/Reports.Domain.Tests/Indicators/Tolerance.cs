namespace Reports.Domain.Tests.Indicators;

/// <summary>How closely our indicators must agree with each kind of expected value.</summary>
internal static class Tolerance
{
    /// <summary>Agreement required with every value in the Stock.Indicators golden files: 1 part in a million.</summary>
    public const double GoldenRelative = 1e-6;

    /// <summary>Where a golden value is exactly 0 there is no scale to be relative to; allow rounding noise only.</summary>
    public const double GoldenAtZero = 1e-12;

    /// <summary>Values worked out by hand from the quotes are exact up to double rounding.</summary>
    public const double HandWorked = 1e-9;
}
