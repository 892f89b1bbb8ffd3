using Azure;
using Azure.Data.Tables;
using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Subscribers;

/// <summary>A subscriber row: one partition for all (tens of thousands fit easily), row key = subscriber id.</summary>
internal sealed class SubscriberEntity : ITableEntity
{
    public const string Partition = "subscriber";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Address { get; set; } = "";

    /// <summary>Comma-separated symbols; empty for every asset.</summary>
    public string Assets { get; set; } = "";

    public string Format { get; set; } = nameof(EmailFormat.PdfAttached);
    public string UnsubscribeToken { get; set; } = "";
    public DateTimeOffset SubscribedAt { get; set; }

    /// <summary>Absent on rows written before digests existed: those read as daily.</summary>
    public string? Cadence { get; set; }

    public string? DigestDay { get; set; }

    public bool? WatchAlerts { get; set; }

    /// <summary>"22:00-07:00" (UTC) or absent.</summary>
    public string? QuietHours { get; set; }

    public static SubscriberEntity From(Subscriber s) => new()
    {
        RowKey = s.Id,
        Address = s.Address,
        Assets = string.Join(',', s.Assets),
        Format = s.Format.ToString(),
        UnsubscribeToken = s.UnsubscribeToken,
        SubscribedAt = s.SubscribedAt,
        Cadence = s.Cadence.ToString(),
        DigestDay = s.DigestDay.ToString(),
        WatchAlerts = s.WatchAlerts,
        QuietHours = s.Quiet?.ToString(),
    };

    public Subscriber ToSubscriber() => new(
        RowKey,
        Address,
        Assets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        // A format this version does not know falls back to the default rather than losing the subscriber.
        Enum.TryParse<EmailFormat>(Format, ignoreCase: true, out var format) ? format : EmailFormat.PdfAttached,
        UnsubscribeToken,
        SubscribedAt,
        Enum.TryParse<EmailCadence>(Cadence, ignoreCase: true, out var cadence) && Enum.IsDefined(cadence) ? cadence : EmailCadence.Daily,
        Enum.TryParse<DayOfWeek>(DigestDay, ignoreCase: true, out var day) && Enum.IsDefined(day) ? day : DayOfWeek.Monday,
        WatchAlerts ?? false,
        Reports.Domain.Watch.QuietHours.TryParse(QuietHours, out var quiet) ? quiet : null);
}
