using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Sends through any SMTP server (Azure Communication Services, SendGrid, a local smtp4dev) with MailKit. Open,
/// authenticated connections are kept and reused: a daily send of thousands of emails in one process would
/// otherwise pay a TCP + TLS + AUTH handshake per email.
/// </summary>
public sealed class MailKitEmailSender : IEmailSender, IAsyncDisposable
{
    // A connection unused for longer than this is probed with NOOP before reuse; older than MaxIdle it is dropped
    // (servers close idle sessions after a while and a dead one would only fail the next send).
    private static readonly TimeSpan ProbeAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(45);

    private readonly SmtpOptions options;
    private readonly EmailOptions sender;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentStack<PooledConnection> idle = new();

    public MailKitEmailSender(IOptions<SmtpOptions> options, IOptions<EmailOptions> sender, TimeProvider time, ILogger<MailKitEmailSender>? logger = null)
    {
        this.options = options.Value;
        this.sender = sender.Value;
        this.time = time;
        log = logger ?? NullLogger<MailKitEmailSender>.Instance;
        slots = new SemaphoreSlim(this.options.MaxConnections, this.options.MaxConnections);
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
            throw new EmailSendException(EmailFailure.Transient, "Email is off: no SMTP server is configured (set Email__Smtp__Host, see docs/email.md).");
        var mime = MimeMessageBuilder.Build(message, sender.From, sender.FromName, time.GetUtcNow());
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        PooledConnection? connection = null;
        try
        {
            connection = await TakeConnectionAsync(cancellationToken).ConfigureAwait(false);
            await connection.Client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
            connection.LastUsed = time.GetUtcNow();
            idle.Push(connection);
            connection = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw SmtpFailures.Describe(ex, options);
        }
        finally
        {
            // A connection that saw an error is not trusted again.
            if (connection is not null) await CloseAsync(connection.Client).ConfigureAwait(false);
            slots.Release();
        }
    }

    private async Task<PooledConnection> TakeConnectionAsync(CancellationToken cancellationToken)
    {
        while (idle.TryPop(out var pooled))
        {
            var idleFor = time.GetUtcNow() - pooled.LastUsed;
            if (!pooled.Client.IsConnected || idleFor > MaxIdle)
            {
                await CloseAsync(pooled.Client).ConfigureAwait(false);
                continue;
            }
            if (idleFor <= ProbeAfter) return pooled;
            try
            {
                await pooled.Client.NoOpAsync(cancellationToken).ConfigureAwait(false);
                return pooled;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogDebug("Dropping an idle SMTP connection that failed NOOP: {Reason}", ex.Message);
                await CloseAsync(pooled.Client).ConfigureAwait(false);
            }
        }
        return new PooledConnection(await ConnectAsync(cancellationToken).ConfigureAwait(false), time.GetUtcNow());
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, options.Security, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.UserName))
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken).ConfigureAwait(false);
            log.LogDebug("Opened an SMTP connection to {Host}:{Port} ({Security})", options.Host, options.Port, options.Security);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(quit: true, quick.Token).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Closing is best effort: the connection is being thrown away either way.
        }
        finally
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (idle.TryPop(out var pooled)) await CloseAsync(pooled.Client).ConfigureAwait(false);
        slots.Dispose();
    }

    private sealed class PooledConnection(SmtpClient client, DateTimeOffset lastUsed)
    {
        public SmtpClient Client { get; } = client;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
