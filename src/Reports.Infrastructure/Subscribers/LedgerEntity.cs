using Azure;
using Azure.Data.Tables;
using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Subscribers;

/// <summary>A send-ledger row: partition = report day (yyyy-MM-dd), row key = subscriber id.</summary>
internal sealed class LedgerEntity : ITableEntity
{
    // Table Storage caps a string property at 64 KiB; an error message never needs that much.
    private const int MaxErrorLength = 4000;

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string State { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? MessageId { get; set; }
    public string? LastError { get; set; }

    public static LedgerEntity From(LedgerEntry e) => new()
    {
        PartitionKey = DeliveryDates.Key(e.Date),
        RowKey = e.SubscriberId,
        ETag = e.Version is { } v ? new ETag(v) : default,
        State = e.State.ToString(),
        Attempts = e.Attempts,
        UpdatedAt = e.UpdatedAt,
        LeaseUntil = e.LeaseUntil,
        MessageId = e.MessageId,
        LastError = e.LastError is { Length: > MaxErrorLength } error ? error[..MaxErrorLength] : e.LastError,
    };

    public LedgerEntry ToEntry(ETag etag) => new(
        DeliveryDates.TryParse(PartitionKey, out var date) ? date : throw new FormatException($"Ledger partition '{PartitionKey}' is not a day."),
        RowKey,
        Enum.Parse<DeliveryState>(State, ignoreCase: true),
        Attempts,
        UpdatedAt,
        LeaseUntil,
        MessageId,
        LastError,
        etag.ToString());
}
