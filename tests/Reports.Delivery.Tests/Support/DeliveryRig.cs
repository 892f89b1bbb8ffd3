using System.Collections.Concurrent;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using SendReportEmailFunction = Reports.Functions.Queues.SendReportEmail;
using Reports.Infrastructure.Email;
using Reports.Infrastructure.Subscribers;

namespace Reports.Delivery.Tests.Support;

/// <summary>
/// The real delivery stack for one test: its own tables and queues in Azurite, MailKit to smtp4dev, the real
/// function class, and a pump that plays the Functions host's part for the request queue.
/// </summary>
internal sealed class DeliveryRig : IAsyncDisposable
{
    // The host's maxDequeueCount (host.json) for messages the function throws back.
    private const int HostMaxDequeueCount = 5;

    /// <summary>Retries become visible at once so a test walks through all five attempts in milliseconds.</summary>
    public static DeliveryPolicy ImmediateRetries { get; } = DeliveryPolicy.Default with { FirstRetryDelay = TimeSpan.Zero, MaxRetryDelay = TimeSpan.Zero };

    /// <param name="time">The clock of every use case; the system clock unless a test needs "the day after the report"
    /// (requests for older days look their subscriber up: <see cref="InFlight"/>).</param>
    /// <param name="ledger">Wraps the rig's ledger for the send use case (a fault at an exact write).</param>
    public DeliveryRig(AzuriteServer azurite, Smtp4devServer smtp, string name, IReportEditionSource? reports = null, int? smtpPort = null, IEditionIndex? editions = null,
        TimeProvider? time = null, Func<ISendLedger, ISendLedger>? ledger = null)
    {
        Time = time ?? TimeProvider.System;
        var suffix = name + Guid.NewGuid().ToString("N")[..8];
        Domain = name + ".example.com";
        Storage = EmailStorage.Open(azurite.ConnectionString, new EmailStorageOptions
        {
            SubscribersTable = "subs" + suffix, LedgerTable = "ledger" + suffix, RequestQueue = "email-" + suffix,
        });
        Subscribers = new TableSubscriberStore(Storage.Subscribers);
        Ledger = new TableSendLedger(Storage.Ledger);
        Queue = new StorageQueueEmailRequests(Storage.Requests, Storage.Poison);
        Reports = reports ?? new FixedReportEditions(SampleReport.Edition());
        Sender = new MailKitEmailSender(Options.Create(Smtp(smtpPort ?? smtp.SmtpPort)), Options.Create(Sending), TimeProvider.System);
        SubscriberReads = new CountingSubscribers(Subscribers);
        Send = new SendReportEmail(SubscriberReads, ledger?.Invoke(Ledger) ?? Ledger, Reports, Sender, Queue, new Reports.Rendering.Email.ReportEmailComposer(), SampleReport.Settings, ImmediateRetries, Time, SendLog, editions);
        Function = new SendReportEmailFunction(Send, new Reports.Functions.Queues.FailedMessageLog(Options.Create(new Reports.Functions.ReportsFunctionsOptions { MaxDequeueCount = HostMaxDequeueCount })), FunctionLog);
        Manage = new ManageSubscribers(Subscribers, Time, ledger: Ledger);
        FanOut = new FanOutDailyEmails(Subscribers, Queue, Reports);
    }

    public TimeProvider Time { get; }
    public string Domain { get; }
    public EmailStorage Storage { get; }
    public TableSubscriberStore Subscribers { get; }
    public TableSendLedger Ledger { get; }

    /// <summary>The subscriber store as the send use case sees it: how many rows it read.</summary>
    public CountingSubscribers SubscriberReads { get; }
    public StorageQueueEmailRequests Queue { get; }
    public IReportEditionSource Reports { get; }
    public MailKitEmailSender Sender { get; }
    public SendReportEmail Send { get; }
    public SendReportEmailFunction Function { get; }
    public ManageSubscribers Manage { get; }
    public FanOutDailyEmails FanOut { get; }
    public FakeLogger<SendReportEmail> SendLog { get; } = new();
    public FakeLogger<SendReportEmailFunction> FunctionLog { get; } = new();

    public static SmtpOptions Smtp(int port) => new()
    {
        Host = "127.0.0.1", Port = port, Security = MailKit.Security.SecureSocketOptions.None, TimeoutSeconds = 10, MaxConnections = 4,
    };

    /// <summary>The sender identity every test uses.</summary>
    public static EmailOptions Sending { get; } = new() { From = "reports@flow-reports.example.com", FromName = "Flow Reports" };

    public static MailKitEmailSender SenderTo(int port, TimeProvider? time = null) =>
        new(Options.Create(Smtp(port)), Options.Create(Sending), time ?? TimeProvider.System);

    public string Address(string local) => $"{local}@{Domain}";

    /// <summary>
    /// Handles request messages until none is waiting: what the function returns is collected, a message it throws
    /// back is made visible again and, on its fifth dequeue, moved to the poison queue. Every handling is awaited
    /// before the next receive, so an empty receive means nothing is due now (a deferred request waits for its lease).
    /// </summary>
    public async Task<IReadOnlyList<DeliveryResult>> PumpAsync(int parallel = 1)
    {
        var results = new ConcurrentQueue<DeliveryResult>();
        while (true)
        {
            QueueMessage[] batch = (await Storage.Requests.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30))).Value;
            if (batch.Length == 0) return results.ToList();
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (message, ct) =>
            {
                try
                {
                    foreach (var result in await Function.HandleAsync(message, ct)) results.Enqueue(result);
                    await Storage.Requests.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                }
                catch (Exception) when (message.DequeueCount >= HostMaxDequeueCount)
                {
                    await Storage.Poison.CreateIfNotExistsAsync(cancellationToken: ct);
                    await Storage.Poison.SendMessageAsync(message.Body.ToString(), ct);
                    await Storage.Requests.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                }
                catch (Exception)
                {
                    await Storage.Requests.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: ct);
                }
            });
        }
    }

    /// <summary>
    /// The emails this rig's domain received, read once a marker sent after them has arrived: the explicit signal for
    /// "nothing else arrives" (the server takes messages in order), instead of a pause. The marker is left out.
    /// </summary>
    public async Task<IReadOnlyList<Smtp4devServer.MessageSummary>> ReceivedAfterMarkerAsync(Smtp4devServer smtp, int expected)
    {
        const string subject = "end-of-test marker";
        await Sender.SendAsync(new EmailMessage(Address("marker"), subject, "<p>marker</p>", "marker", [], $"marker.{Guid.NewGuid():N}@{Domain}", []), default);
        var received = await smtp.WaitForMessagesAsync(Domain, expected + 1);
        return received.Where(m => m.Subject != subject).ToList();
    }

    public async Task<IReadOnlyList<string>> PoisonMessagesAsync() =>
        (await Storage.Poison.ReceiveMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();

    public async ValueTask DisposeAsync()
    {
        await Sender.DisposeAsync();
        try
        {
            await Task.WhenAll(
                Storage.Subscribers.DeleteAsync(), Storage.Ledger.DeleteAsync(), Storage.Requests.DeleteIfExistsAsync(), Storage.Poison.DeleteIfExistsAsync());
        }
        catch (Azure.RequestFailedException)
        {
            // A table the test never created; Azurite is thrown away at the end anyway.
        }
    }
}
