using System.Net;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Fails start-up with every problem in the SMTP settings listed, instead of failing the first send. No host means
/// email is off, which is valid: the rest of the app must start without a mail service.
/// </summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions smtp)
    {
        if (!smtp.IsConfigured) return ValidateOptionsResult.Success;
        var problems = new List<string>();
        if (smtp.Port is < 1 or > 65535) problems.Add($"Email:Smtp:Port {smtp.Port} is not a TCP port");
        if (!Enum.IsDefined(smtp.Security)) problems.Add($"Email:Smtp:Security '{smtp.Security}' is not one of None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable");
        if (smtp.TimeoutSeconds is < 1 or > 600) problems.Add("Email:Smtp:TimeoutSeconds must be between 1 and 600");
        if (smtp.MaxConnections is < 1 or > 64) problems.Add("Email:Smtp:MaxConnections must be between 1 and 64");

        var hasUser = !string.IsNullOrEmpty(smtp.UserName);
        // A password without a user name is ignored: the deployment always sets the Key Vault reference.
        if (hasUser && string.IsNullOrEmpty(smtp.Password)) problems.Add("Email:Smtp:Password is required when Email:Smtp:UserName is set");
        if (hasUser && smtp.Password!.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
            problems.Add("Email:Smtp:Password is an unresolved Key Vault reference: create the secret and give the app's identity access to it");
        if (hasUser && smtp.Security is not (SecureSocketOptions.StartTls or SecureSocketOptions.SslOnConnect) && !IsLoopback(smtp.Host))
            problems.Add("Email:Smtp:Security must be StartTls or SslOnConnect when credentials are set: they would travel in clear text");

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
