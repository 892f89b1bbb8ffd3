using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Email;

/// <summary>
/// The queue message format. A message carries a batch: {"requests":[{"date":"2026-02-05","subscriberId":"…",
/// "attempt":1,"reader":{"address":"…","format":"PdfAttached","assets":["BTC"],"token":"…","subscribedAt":"…",
/// "cadence":"Daily","digestDay":"Monday"}}, …]}. The reader is the subscriber as the fan-out listed them, so the
/// send reads no subscriber row (docs/email.md says when it is trusted). A message of the older single form,
/// {"date":"2026-02-05","subscriberId":"…","attempt":1}, is still read: as a request without a reader.
/// </summary>
public static class EmailRequestJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The requests as messages of at most <paramref name="maxBytes"/> UTF-8 bytes each: all in one when they fit,
    /// else split in halves until each part fits; a lone request too large even so (an absurd stored asset list) goes
    /// without its reader, which the send then looks up.
    /// </summary>
    public static IEnumerable<string> Messages(IReadOnlyList<EmailRequest> requests, int maxBytes)
    {
        if (requests.Count == 0) yield break;
        var text = Write(requests);
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            yield return text;
        }
        else if (requests.Count == 1)
        {
            yield return Write([requests[0] with { Reader = null }]);
        }
        else
        {
            var half = requests.Count / 2;
            foreach (var part in Messages(requests.Take(half).ToList(), maxBytes)) yield return part;
            foreach (var part in Messages(requests.Skip(half).ToList(), maxBytes)) yield return part;
        }
    }

    public static string Write(IReadOnlyList<EmailRequest> requests) =>
        JsonSerializer.Serialize(new BatchDto(requests.Select(Dto).ToList()), Json);

    public static string Write(FailedEmailRequest failed) =>
        JsonSerializer.Serialize(new FailedDto(Dto(failed.Request), failed.Reason, failed.FailedAt), Json);

    /// <summary>The requests of one message, in either form.</summary>
    /// <exception cref="FormatException">Not a request message; the text says what is wrong.</exception>
    public static IReadOnlyList<EmailRequest> ReadMessage(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The email request is not JSON: {ex.Message}", ex);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("The email request is not a JSON object.");
            if (!document.RootElement.TryGetProperty("requests", out var list)) return [Read(document.RootElement)];
            if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0) throw new FormatException("The email message's requests are not a non-empty list.");
            return list.EnumerateArray().Select(Read).ToList();
        }
    }

    /// <summary>A message of exactly one request.</summary>
    /// <exception cref="FormatException">Not a request message, or one of several requests.</exception>
    public static EmailRequest Read(string text) =>
        ReadMessage(text) is [var single] ? single : throw new FormatException("The email message holds more than one request.");

    /// <exception cref="FormatException">Not a poison message.</exception>
    public static FailedEmailRequest ReadFailed(string text)
    {
        var dto = JsonSerializer.Deserialize<FailedDto>(text, Json) ?? throw new FormatException("The poison message is empty.");
        return new FailedEmailRequest(Read(JsonSerializer.Serialize(dto.Request, Json)), dto.Reason ?? "", dto.FailedAt);
    }

    private static EmailRequest Read(JsonElement element)
    {
        RequestDto? dto;
        try
        {
            dto = element.Deserialize<RequestDto>(Json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The email request is not a request: {ex.Message}", ex);
        }
        if (dto is null) throw new FormatException("The email request is empty.");
        if (!DeliveryDates.TryParse(dto.Date, out var date)) throw new FormatException($"The email request's date '{dto.Date}' is not yyyy-MM-dd.");
        if (string.IsNullOrWhiteSpace(dto.SubscriberId)) throw new FormatException("The email request has no subscriberId.");
        return new EmailRequest(date, dto.SubscriberId, Math.Max(1, dto.Attempt ?? 1), Reader(dto.SubscriberId, dto.Reader));
    }

    /// <summary>A reader missing what an email needs is ignored: the send looks the subscriber up instead.</summary>
    private static Subscriber? Reader(string id, ReaderDto? dto) =>
        dto is { Address: { Length: > 0 } address, Token: { Length: > 0 } token }
        && Enum.TryParse<EmailFormat>(dto.Format, ignoreCase: true, out var format) && Enum.IsDefined(format)
        && Enum.TryParse<EmailCadence>(dto.Cadence, ignoreCase: true, out var cadence) && Enum.IsDefined(cadence)
        && Enum.TryParse<DayOfWeek>(dto.DigestDay, ignoreCase: true, out var digestDay) && Enum.IsDefined(digestDay)
            ? new Subscriber(id, address, dto.Assets ?? [], format, token, dto.SubscribedAt ?? default, cadence, digestDay)
            : null;

    private static RequestDto Dto(EmailRequest r) => new(
        DeliveryDates.Key(r.Date),
        r.SubscriberId,
        r.Attempt,
        r.Reader is { } s
            ? new ReaderDto(s.Address, s.Format.ToString(), s.Assets.ToList(), s.UnsubscribeToken, s.SubscribedAt, s.Cadence.ToString(), s.DigestDay.ToString())
            : null);

    private sealed record BatchDto(List<RequestDto> Requests);

    private sealed record RequestDto(string? Date, string? SubscriberId, int? Attempt, ReaderDto? Reader = null);

    private sealed record ReaderDto(
        string? Address, string? Format, List<string>? Assets, string? Token, DateTimeOffset? SubscribedAt, string? Cadence, string? DigestDay);

    private sealed record FailedDto(RequestDto Request, string? Reason, DateTimeOffset FailedAt);
}
