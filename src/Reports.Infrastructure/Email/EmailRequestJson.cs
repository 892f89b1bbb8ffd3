using System.Text.Json;
using System.Text.Json.Serialization;
using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Email;

/// <summary>
/// The queue message format: {"date":"2026-02-05","subscriberId":"…","attempt":1}. Small and versionless on
/// purpose: everything else is looked up when the message is handled, so a changed preference still applies.
/// </summary>
public static class EmailRequestJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(EmailRequest request) =>
        JsonSerializer.Serialize(new RequestDto(DeliveryDates.Key(request.Date), request.SubscriberId, request.Attempt), Json);

    public static string Write(FailedEmailRequest failed) =>
        JsonSerializer.Serialize(new FailedDto(
            new RequestDto(DeliveryDates.Key(failed.Request.Date), failed.Request.SubscriberId, failed.Request.Attempt), failed.Reason, failed.FailedAt), Json);

    /// <exception cref="FormatException">Not a request message; the text says what is wrong.</exception>
    public static EmailRequest Read(string text)
    {
        RequestDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<RequestDto>(text, Json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The email request is not JSON: {ex.Message}", ex);
        }
        if (dto is null) throw new FormatException("The email request is empty.");
        if (!DeliveryDates.TryParse(dto.Date, out var date)) throw new FormatException($"The email request's date '{dto.Date}' is not yyyy-MM-dd.");
        if (string.IsNullOrWhiteSpace(dto.SubscriberId)) throw new FormatException("The email request has no subscriberId.");
        return new EmailRequest(date, dto.SubscriberId, Math.Max(1, dto.Attempt ?? 1));
    }

    /// <exception cref="FormatException">Not a poison message.</exception>
    public static FailedEmailRequest ReadFailed(string text)
    {
        var dto = JsonSerializer.Deserialize<FailedDto>(text, Json) ?? throw new FormatException("The poison message is empty.");
        return new FailedEmailRequest(Read(JsonSerializer.Serialize(dto.Request, Json)), dto.Reason ?? "", dto.FailedAt);
    }

    private sealed record RequestDto(string? Date, string? SubscriberId, int? Attempt);

    private sealed record FailedDto(RequestDto Request, string? Reason, DateTimeOffset FailedAt);
}
