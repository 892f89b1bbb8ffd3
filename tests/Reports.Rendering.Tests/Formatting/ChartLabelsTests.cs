using Reports.Rendering.Formatting;

namespace Reports.Rendering.Tests.Formatting;

public class ChartLabelsTests
{
    [Theory]
    [InlineData(2.4e12, "$2.4T")]
    [InlineData(2.45e12, "$2.45T")]
    [InlineData(8.5e11, "$850B")]
    [InlineData(3.12e8, "$312M")]
    [InlineData(66000, "$66,000")]
    [InlineData(89173.6394, "$89,174")]
    [InlineData(88.4952, "$88.5")]
    [InlineData(2.5, "$2.5")]
    [InlineData(0.0823, "$0.0823")]
    [InlineData(-1500, "\u2212$1,500")]
    [InlineData(0, "$0")]
    [InlineData(double.NaN, "")]
    public void AxisUsd_is_short(double value, string expected) => Assert.Equal(expected, ChartLabels.AxisUsd(value));
}
