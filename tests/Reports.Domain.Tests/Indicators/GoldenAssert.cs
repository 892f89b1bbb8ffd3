using System.Globalization;

namespace Reports.Domain.Tests.Indicators;

internal static class GoldenAssert
{
    /// <summary>
    /// Every golden row has a twin in <paramref name="actual"/> at the same time, and every named field agrees:
    /// null where the library is null, otherwise within <see cref="Tolerance.GoldenRelative"/>.
    /// </summary>
    public static void EveryRow<TRow, TResult>(
        IReadOnlyList<TRow> expected,
        IReadOnlyList<TResult> actual,
        Func<TResult, DateTimeOffset> time,
        params (string Name, Func<TRow, double?> Expected, Func<TResult, double?> Actual)[] fields)
        where TRow : IGoldenRow
    {
        Assert.Equal(GoldenData.QuoteCount, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            SameTime(expected[i].Timestamp, time(actual[i]), i);
            foreach (var field in fields)
            {
                SameValue(field.Expected(expected[i]), field.Actual(actual[i]), field.Name, i);
            }
        }
    }

    private static void SameValue(double? expected, double? actual, string field, int index)
    {
        if (expected is null || actual is null)
        {
            Assert.True(
                expected is null && actual is null,
                $"{field}[{index}]: expected {Show(expected)}, got {Show(actual)}.");
            return;
        }

        double e = expected.Value;
        double a = actual.Value;
        double allowed = e == 0 ? Tolerance.GoldenAtZero : Tolerance.GoldenRelative * Math.Abs(e);
        Assert.True(
            Math.Abs(a - e) <= allowed,
            $"{field}[{index}]: expected {Show(e)}, got {Show(a)} (difference {Math.Abs(a - e):E2}, allowed {allowed:E2}).");
    }

    private static void SameTime(DateTime expected, DateTimeOffset actual, int index)
    {
        Assert.Equal(TimeSpan.Zero, actual.Offset);
        Assert.True(expected == actual.UtcDateTime, $"time[{index}]: expected {expected:O}, got {actual:O}.");
    }

    private static string Show(double? value) => value is null ? "null" : value.Value.ToString("R", CultureInfo.InvariantCulture);
}
