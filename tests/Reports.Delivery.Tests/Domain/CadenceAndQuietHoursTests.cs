using Reports.Domain.Delivery;
using Reports.Domain.Watch;

namespace Reports.Delivery.Tests.Domain;

public sealed class CadenceAndQuietHoursTests
{
    private static Subscriber Reader(EmailCadence cadence, DayOfWeek day = DayOfWeek.Monday) =>
        new("id", "reader@example.com", [], EmailFormat.PdfAttached, "token", DateTimeOffset.UnixEpoch, cadence, day);

    [Fact]
    public void A_weekly_reader_is_due_once_in_any_seven_report_days_on_the_run_that_falls_on_their_weekday()
    {
        var weekly = Reader(EmailCadence.Weekly, DayOfWeek.Monday);
        // 2026-02-01 is a Sunday: its report goes out on Monday 2 February.
        var due = Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 1, 29).AddDays(i)).Where(d => Cadence.IsDue(weekly, d)).ToList();

        Assert.Equal([new DateOnly(2026, 2, 1)], due);
        Assert.True(Enumerable.Range(0, 7).All(i => Cadence.IsDue(Reader(EmailCadence.Daily), new DateOnly(2026, 1, 29).AddDays(i))));
        Assert.Equal(new DateOnly(2026, 1, 26), Cadence.WeekStart(new DateOnly(2026, 2, 1)));
    }

    [Theory]
    [InlineData("22:00-07:00", "23:30", true)]
    [InlineData("22:00-07:00", "06:59", true)]
    [InlineData("22:00-07:00", "07:00", false)]
    [InlineData("22:00-07:00", "14:00", false)]
    [InlineData("13:30-15:00", "14:00", true)]
    [InlineData("13:30-15:00", "15:00", false)]
    [InlineData("13:30-15:00", "13:29", false)]
    public void Quiet_hours_may_wrap_midnight_and_end_exclusively(string window, string at, bool quiet)
    {
        Assert.True(QuietHours.TryParse(window, out var hours));
        var instant = new DateTimeOffset(new DateOnly(2026, 2, 6).ToDateTime(TimeOnly.Parse(at)), TimeSpan.Zero);
        Assert.Equal(quiet, hours!.Contains(instant));
        Assert.Equal(window, hours.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("22-07")]
    [InlineData("22:00")]
    [InlineData("25:00-07:00")]
    [InlineData("07:00-07:00")]
    [InlineData("22:00-07:00-08:00")]
    public void Malformed_quiet_hours_are_refused(string window) => Assert.False(QuietHours.TryParse(window, out _));
}
