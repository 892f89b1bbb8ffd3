using Microsoft.Extensions.Options;
using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Fails start-up with every problem in the email settings listed, instead of failing the first send. The sender
/// and the links are only required once email is on (an SMTP host is set).
/// </summary>
/// <param name="emailIsOn">Reads the raw host setting: asking IOptions&lt;SmtpOptions&gt; here would run the SMTP
/// validation inside this one and hide its own problems.</param>
public sealed class EmailOptionsValidator(Func<bool> emailIsOn) : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var problems = new List<string>();
        if (emailIsOn())
        {
            if (EmailAddressRules.Check(options.From) is { IsValid: false } from)
                problems.Add($"Email:From '{options.From}' is not a usable sender address: {from.Problem}");
            if (!IsAbsoluteHttpUrl(options.ReportUrlTemplate?.Replace("{date}", "2026-01-01", StringComparison.Ordinal)))
                problems.Add("Email:ReportUrlTemplate (or Reports:PublicBaseUrl) must be an absolute http(s) URL, with {date} for the day");
        }
        if (!string.IsNullOrWhiteSpace(options.UnsubscribeUrlTemplate)
            && (!options.UnsubscribeUrlTemplate.Contains("{token}", StringComparison.Ordinal) || !IsAbsoluteHttpUrl(options.UnsubscribeUrlTemplate.Replace("{token}", "t", StringComparison.Ordinal))))
            problems.Add("Email:UnsubscribeUrlTemplate must be an absolute http(s) URL containing {token}");

        if (!string.IsNullOrWhiteSpace(options.FeedUrl) && !IsAbsoluteHttpUrl(options.FeedUrl))
            problems.Add("Email:FeedUrl must be an absolute http(s) URL");

        if (options.MaxAttempts is < 1 or > 20) problems.Add("Email:MaxAttempts must be between 1 and 20");
        if (options.FirstRetryDelay < TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
            problems.Add("Email:FirstRetryDelay must be >= 0 and <= Email:MaxRetryDelay");
        if (options.MaxRetryDelay > TimeSpan.FromDays(7)) problems.Add("Email:MaxRetryDelay cannot exceed 7 days (a queue message's longest delay)");
        if (options.ClaimLease < TimeSpan.FromMinutes(1)) problems.Add("Email:ClaimLease must be at least a minute (longer than one send)");

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
