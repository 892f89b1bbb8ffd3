using MailKit.Security;

namespace Reports.Infrastructure.Email;

/// <summary>The SMTP server the emails go through (section "Email:Smtp"). docs/email.md shows ACS and SendGrid.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Email:Smtp";

    /// <summary>Empty turns email delivery off (the deployment leaves it empty until a mail service is set up).</summary>
    public string Host { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public int Port { get; set; } = 587;

    /// <summary>StartTls (port 587), SslOnConnect (465), None (local test servers only), Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Leave empty for a server that needs no login. Sent only over TLS (unless the host is loopback).</summary>
    public string? UserName { get; set; }

    /// <summary>From settings or a Key Vault reference; never from the repository.</summary>
    public string? Password { get; set; }

    /// <summary>Per SMTP command, not for the whole send.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Open connections kept per process and reused between emails.</summary>
    public int MaxConnections { get; set; } = 4;
}
