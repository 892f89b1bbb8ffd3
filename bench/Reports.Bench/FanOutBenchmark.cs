using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain;
using Reports.Domain.Delivery;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure;
using Reports.Infrastructure.DataFolder;
using Reports.Infrastructure.Email;
using Reports.Rendering;

namespace Reports.Bench;

/// <summary>
/// The daily email fan-out as a regression benchmark, in process against a real Azurite and smtp4dev (the Delivery
/// tests' servers), with the app's own composition (AddReportsDomain/Infrastructure/Rendering): the samples imported,
/// the last day's report published, N subscribers, then SendDailyReport's fan-out and every queued request handled
/// by the SendReportEmail use case, a few at a time as the queue trigger does. A timing decorator at the email port
/// splits each request's time into the SMTP exchange and the app's own share (subscriber lookup, ledger claim and
/// mark, composing). One run, wall-clock phases: this is an instrument, not a test.
/// Run: dotnet run -c Release --project bench/Reports.Bench -- fanout [subscribers=1000]
/// </summary>
internal static class FanOutBenchmark
{
    private const int Parallel = 4; // requests handled side by side, as one worker's queue batch

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        Console.WriteLine($"load before: {Load()}");
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var smtp = new Smtp4devServer();
        await smtp.InitializeAsync();
        try
        {
            return await MeasureAsync(count, azurite, smtp);
        }
        finally
        {
            await smtp.DisposeAsync();
        }
    }

    private static async Task<int> MeasureAsync(int count, AzuriteProcess azurite, Smtp4devServer smtp)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["REPORTS_STORAGE"] = azurite.ConnectionString,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:From"] = "reports@flow-reports.example.com",
            ["Email:ReportUrlTemplate"] = "https://flow.example.com/api/reports/{date}",
            ["MarketData:CoinGecko:Enabled"] = "false",
            ["MarketData:Binance:Enabled"] = "false",
            ["MarketData:Stooq:Enabled"] = "false",
        }).Build();
        var smtpTime = new SmtpTimer();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IEmailSender>(sp => smtpTime.Wrap(ActivatorUtilities.CreateInstance<MailKitEmailSender>(sp)));
        services.AddReportsDomain().AddReportsInfrastructure(configuration).AddReportsRendering();
        await using var app = services.BuildServiceProvider();

        // The archive as the daily build leaves it: the samples in blob storage, the last day's report published.
        var data = await new DataFolderStore(RepositoryFolder.Combine("samples")).LoadAsync(null, CancellationToken.None);
        var day = data.LastDay!.Value;
        await app.GetRequiredService<ImportMarketData>().RunAsync(data, "samples", CancellationToken.None);
        await app.GetRequiredService<PublishReport>().RunAsync(day, CancellationToken.None);
        var manage = app.GetRequiredService<ManageSubscribers>();
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, ct) => await manage.AddAsync($"reader{i:D5}@fanout.example.com", null, EmailFormat.PdfAttached, ct));

        // The timer's fan-out: the "is it built?" check, then one queued request per subscriber.
        var clock = Stopwatch.StartNew();
        var built = await app.GetRequiredService<IReportEditionSource>().IsBuiltAsync(day, CancellationToken.None);
        var checkMs = clock.Elapsed.TotalMilliseconds;
        var fanOut = await app.GetRequiredService<FanOutDailyEmails>().RunAsync(day, CancellationToken.None);
        var fanOutMs = clock.Elapsed.TotalMilliseconds;
        if (!built || fanOut.Queued != count) throw new InvalidOperationException($"fan-out queued {fanOut.Queued} of {count} (report built: {built})");

        // The queue trigger's part: every request through the SendReportEmail use case.
        var send = app.GetRequiredService<SendReportEmail>();
        var requests = app.GetRequiredService<EmailStorage>().Requests;
        var outcomes = new ConcurrentBag<DeliveryOutcome>();
        var handlerTicks = 0L;
        clock.Restart();
        while ((await requests.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } batch)
        {
            await System.Threading.Tasks.Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (QueueMessage message, CancellationToken ct) =>
            {
                var start = Stopwatch.GetTimestamp();
                var result = await send.RunAsync(EmailRequestJson.Read(message.Body.ToString()), ct);
                Interlocked.Add(ref handlerTicks, Stopwatch.GetTimestamp() - start);
                outcomes.Add(result.Outcome);
                await requests.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            });
        }
        var sendWall = clock.Elapsed;

        var received = await smtp.WaitForMessagesAsync("fanout.example.com", count);
        var duplicates = received.SelectMany(m => m.To).GroupBy(a => a, StringComparer.OrdinalIgnoreCase).Count(g => g.Count() > 1);
        var handlerMs = handlerTicks * 1000.0 / Stopwatch.Frequency;
        var smtpMs = smtpTime.TotalMilliseconds;
        var sent = outcomes.Count(o => o == DeliveryOutcome.Sent);

        Console.WriteLine($"subscribers            {count}");
        Console.WriteLine($"is-it-built check      {checkMs:F1} ms (the archived PDF; no history)");
        Console.WriteLine($"fan-out start to queued {fanOutMs:F0} ms ({fanOut.Queued} requests)");
        Console.WriteLine($"sending wall           {sendWall.TotalSeconds:F1} s, {Parallel} at a time; sent {sent}, other outcomes {outcomes.Count - sent}");
        Console.WriteLine($"per email: handler     {handlerMs / count:F2} ms (use case, summed over requests)");
        Console.WriteLine($"per email: SMTP        {smtpMs / count:F2} ms (IEmailSender.SendAsync: the exchange with smtp4dev)");
        Console.WriteLine($"per email: app side    {(handlerMs - smtpMs) / count:F2} ms (handler minus SMTP: subscriber, ledger, composing; the first also builds the cached summary)");
        Console.WriteLine($"received by smtp4dev   {received.Count}, recipients with more than one email: {duplicates}");
        Console.WriteLine($"load after: {Load()}");
        return duplicates == 0 && received.Count == count ? 0 : 1;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    /// <summary>Sums the time spent inside the real sender: the SMTP exchange as the app sees it.</summary>
    private sealed class SmtpTimer
    {
        private long ticks;

        public double TotalMilliseconds => Interlocked.Read(ref ticks) * 1000.0 / Stopwatch.Frequency;

        public IEmailSender Wrap(IEmailSender inner) => new Timed(inner, this);

        private sealed class Timed(IEmailSender inner, SmtpTimer timer) : IEmailSender, IAsyncDisposable
        {
            public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await inner.SendAsync(message, cancellationToken);
                }
                finally
                {
                    Interlocked.Add(ref timer.ticks, Stopwatch.GetTimestamp() - start);
                }
            }

            public ValueTask DisposeAsync() => inner is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
        }
    }
}
