using System.Globalization;

namespace Reports.Domain.Watch;

/// <summary>A daily window (UTC) in which a subscriber gets no watch alerts; it may wrap past midnight (22:00-07:00).</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    public bool Contains(DateTimeOffset instant)
    {
        var t = TimeOnly.FromDateTime(instant.UtcDateTime);
        return From <= To ? t >= From && t < To : t >= From || t < To;
    }

    public override string ToString() => $"{From:HH\\:mm}-{To:HH\\:mm}";

    /// <summary>"22:00-07:00" (UTC, 24-hour); the two ends must differ.</summary>
    public static bool TryParse(string? text, out QuietHours? quiet)
    {
        quiet = null;
        var parts = text?.Split('-') ?? [];
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(parts[1].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || from == to)
            return false;
        quiet = new QuietHours(from, to);
        return true;
    }
}
