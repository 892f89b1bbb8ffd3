using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain;
using Reports.Domain.Archive;
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
/// by the SendReportEmail use case, a few messages at a time as the queue trigger does (each message a batch of up to
/// 50 subscribers). The clock runs from 01:00 UTC the day after the report day, when the timer fans out, so the
/// requests are in the window where their subscriber snapshots are trusted. A timing decorator at the email port
/// splits each request's time into the SMTP exchange and the app's own share (subscriber lookup, composing, the ledger
/// writes not overlapped with a send); the ledger's own time is shown apart. One run, wall-clock phases: this is an
/// instrument, not a test.
/// Run: dotnet run -c Release --project bench/Reports.Bench -- fanout [subscribers=1000] [--pin]
/// </summary>
internal static class FanOutBenchmark
{
    private const int Parallel = 4; // messages handled side by side, as one worker's queue batch

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1000;
        var pin = args.Contains("--pin");
        Console.WriteLine($"load before: {Load()}");
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var smtp = new Smtp4devServer();
        await smtp.InitializeAsync();
        try
        {
            if (pin)
            {
                // The mail server is another machine in production; here smtp4dev spends ~45 ms of CPU per email, and
                // on a 2-core machine that CPU would queue the app's storage round trips. Core 1 is smtp4dev's alone;
                // the app and Azurite (its storage, measured as the app's share) share core 0.
                await PinAsync(smtp.ProcessId, 1);
                await PinAsync(azurite.ProcessId, 0);
                await PinAsync(Environment.ProcessId, 0);
                Console.WriteLine("pinned: smtp4dev on core 1; the app and Azurite on core 0");
            }
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
        var steps = new StepTimes();
        var data = await new DataFolderStore(RepositoryFolder.Combine("samples")).LoadAsync(null, CancellationToken.None);
        var day = data.LastDay!.Value;
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        // Registered first, so the app's TryAdd keeps it: the timer's run on the morning after the report day.
        services.AddSingleton<TimeProvider>(new ShiftedClock(new DateTimeOffset(day.AddDays(1).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero)));
        services.AddReportsDomain().AddReportsInfrastructure(configuration).AddReportsRendering();
        // Each port the send use case calls is timed where it is called: the split of the app's share by step.
        services.Decorate<IEmailSender>((sp, inner) => new TimedSender(inner, steps));
        services.Decorate<ISubscriberStore>((sp, inner) => new TimedSubscribers(inner, steps));
        services.Decorate<ISendLedger>((sp, inner) => new TimedLedger(inner, steps));
        services.Decorate<IReportEditionSource>((sp, inner) => new TimedEditions(inner, steps));
        services.Decorate<IReportEmailComposer>((sp, inner) => new TimedComposer(inner, steps));
        await using var app = services.BuildServiceProvider();

        // The archive as the daily build leaves it: the samples in blob storage, the last day's report published.
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
        var messages = 0;
        steps.Reset(); // only the sends count: the set-up and the fan-out called the same ports
        clock.Restart();
        while ((await requests.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } batch)
        {
            await System.Threading.Tasks.Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (QueueMessage message, CancellationToken ct) =>
            {
                var start = Stopwatch.GetTimestamp();
                var results = await send.RunAsync(EmailRequestJson.ReadMessage(message.Body.ToString()), ct);
                Interlocked.Add(ref handlerTicks, Stopwatch.GetTimestamp() - start);
                Interlocked.Increment(ref messages);
                foreach (var result in results) outcomes.Add(result.Outcome);
                await requests.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            });
        }
        var sendWall = clock.Elapsed;

        var received = await smtp.WaitForMessagesAsync("fanout.example.com", count);
        var duplicates = received.SelectMany(m => m.To).GroupBy(a => a, StringComparer.OrdinalIgnoreCase).Count(g => g.Count() > 1);
        var handlerMs = handlerTicks * 1000.0 / Stopwatch.Frequency;
        var smtpMs = steps.Milliseconds(Step.Smtp);
        var sent = outcomes.Count(o => o == DeliveryOutcome.Sent);

        Console.WriteLine($"subscribers            {count}");
        Console.WriteLine($"is-it-built check      {checkMs:F1} ms (the archived PDF; no history)");
        Console.WriteLine($"fan-out start to queued {fanOutMs:F0} ms ({fanOut.Queued} requests)");
        Console.WriteLine($"sending wall           {sendWall.TotalSeconds:F1} s, {messages} messages, {Parallel} at a time; sent {sent}, other outcomes {outcomes.Count - sent}");
        Console.WriteLine($"per email: handler     {handlerMs / count:F2} ms (use case, summed over messages)");
        Console.WriteLine($"per email: SMTP        {smtpMs / count:F2} ms (IEmailSender.SendAsync: the exchange with smtp4dev)");
        Console.WriteLine($"per email: app side    {(handlerMs - smtpMs) / count:F2} ms (handler minus SMTP: the use case's time outside the exchange), of which:");
        var timed = 0.0;
        foreach (var step in Enum.GetValues<Step>().Where(s => s is not (Step.Smtp or Step.Ledger)))
        {
            var ms = steps.Milliseconds(step);
            timed += ms;
            Console.WriteLine($"  {StepName(step),-22}{ms / count:F2} ms ({steps.Calls(step)} calls)");
        }
        Console.WriteLine($"  {"rest of the use case",-22}{(handlerMs - smtpMs - timed) / count:F2} ms (each message's first claim and last marks, " +
                          "a ledger write that outlasts its send, address check, logging, scheduling)");
        // Most ledger writes run while the server takes an email (SendReportEmail), so their time is not the app side's.
        Console.WriteLine($"per email: ledger      {steps.Milliseconds(Step.Ledger) / count:F2} ms ({steps.Calls(Step.Ledger)} conditional writes and reads, " +
                          "mostly overlapped with the SMTP exchange)");
        Console.WriteLine($"received by smtp4dev   {received.Count}, recipients with more than one email: {duplicates}");
        Console.WriteLine($"load after: {Load()}");
        return duplicates == 0 && received.Count == count ? 0 : 1;
    }

    private static string StepName(Step step) => step switch
    {
        Step.Subscriber => "subscriber lookup",
        Step.Edition => "edition (cached)",
        Step.Compose => "composing",
        _ => step.ToString(),
    };

    /// <summary>The system clock moved to <paramref name="start"/>: time passes as usual from there.</summary>
    private sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly TimeSpan offset = start - TimeProvider.System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
    }

    /// <summary>Every thread of the process onto one core (<c>taskset -a</c>: threads started later inherit it).</summary>
    private static async Task PinAsync(int processId, int core)
    {
        using var taskset = Process.Start(new ProcessStartInfo("taskset", ["-a", "-p", "-c", core.ToString(CultureInfo.InvariantCulture), processId.ToString(CultureInfo.InvariantCulture)])
        { RedirectStandardOutput = true }) ?? throw new InvalidOperationException("taskset did not start");
        await taskset.WaitForExitAsync();
        if (taskset.ExitCode != 0) throw new InvalidOperationException($"taskset could not pin process {processId} to core {core}");
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private enum Step { Subscriber, Ledger, Edition, Compose, Smtp }

    /// <summary>Time summed per step over every request (wall time inside the port, so waits on Azurite count).</summary>
    private sealed class StepTimes
    {
        private readonly long[] ticks = new long[Enum.GetValues<Step>().Length];
        private readonly long[] calls = new long[Enum.GetValues<Step>().Length];

        public double Milliseconds(Step step) => Interlocked.Read(ref ticks[(int)step]) * 1000.0 / Stopwatch.Frequency;

        public long Calls(Step step) => Interlocked.Read(ref calls[(int)step]);

        public void Reset()
        {
            Array.Clear(ticks);
            Array.Clear(calls);
        }

        public async Task<T> Time<T>(Step step, Func<Task<T>> call)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                return await call();
            }
            finally
            {
                Add(step, start);
            }
        }

        public T TimeSync<T>(Step step, Func<T> call)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                return call();
            }
            finally
            {
                Add(step, start);
            }
        }

        private void Add(Step step, long start)
        {
            Interlocked.Add(ref ticks[(int)step], Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref calls[(int)step]);
        }
    }

    private sealed class TimedSender(IEmailSender inner, StepTimes times) : IEmailSender, IAsyncDisposable
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            times.Time(Step.Smtp, async () => { await inner.SendAsync(message, cancellationToken); return true; });

        public ValueTask DisposeAsync() => inner is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
    }

    private sealed class TimedSubscribers(ISubscriberStore inner, StepTimes times) : ISubscriberStore
    {
        public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken) => inner.SaveAsync(subscriber, cancellationToken);

        public Task<Subscriber?> FindAsync(string subscriberId, CancellationToken cancellationToken) =>
            times.Time(Step.Subscriber, () => inner.FindAsync(subscriberId, cancellationToken));

        public Task<Subscriber?> FindByUnsubscribeTokenAsync(string token, CancellationToken cancellationToken) => inner.FindByUnsubscribeTokenAsync(token, cancellationToken);

        public Task<bool> RemoveAsync(string subscriberId, CancellationToken cancellationToken) => inner.RemoveAsync(subscriberId, cancellationToken);

        public IAsyncEnumerable<Subscriber> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
    }

    private sealed class TimedLedger(ISendLedger inner, StepTimes times) : ISendLedger
    {
        public Task<LedgerEntry?> FindAsync(DateOnly date, string subscriberId, CancellationToken cancellationToken) =>
            times.Time(Step.Ledger, () => inner.FindAsync(date, subscriberId, cancellationToken));

        public Task<LedgerEntry?> TryAddAsync(LedgerEntry entry, CancellationToken cancellationToken) =>
            times.Time(Step.Ledger, () => inner.TryAddAsync(entry, cancellationToken));

        public Task<LedgerEntry?> TryUpdateAsync(LedgerEntry entry, CancellationToken cancellationToken) =>
            times.Time(Step.Ledger, () => inner.TryUpdateAsync(entry, cancellationToken));

        public Task<LedgerEntry?> TryUpdateAndAddAsync(LedgerEntry update, LedgerEntry add, CancellationToken cancellationToken) =>
            times.Time(Step.Ledger, () => inner.TryUpdateAndAddAsync(update, add, cancellationToken));

        public IAsyncEnumerable<LedgerEntry> ListAsync(DateOnly date, CancellationToken cancellationToken) => inner.ListAsync(date, cancellationToken);
    }

    private sealed class TimedEditions(IReportEditionSource inner, StepTimes times) : IReportEditionSource
    {
        public Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken) =>
            times.Time(Step.Edition, () => inner.FindAsync(date, cancellationToken));

        public Task<bool> IsBuiltAsync(DateOnly date, CancellationToken cancellationToken) => inner.IsBuiltAsync(date, cancellationToken);
    }

    private sealed class TimedComposer(IReportEmailComposer inner, StepTimes times) : IReportEmailComposer
    {
        public EmailMessage Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings) =>
            times.TimeSync(Step.Compose, () => inner.Compose(edition, subscriber, settings));

        public EmailMessage ComposeDigest(ReportEdition latest, IReadOnlyList<EditionEntry> week, Subscriber subscriber, ReportEmailSettings settings) =>
            times.TimeSync(Step.Compose, () => inner.ComposeDigest(latest, week, subscriber, settings));

        public EditionSummary Summarise(Reports.Domain.Narrative.FlowReport report) => inner.Summarise(report);

        public EditionSummary? Summarise(byte[] archivedJson) => inner.Summarise(archivedJson);
    }
}

internal static class DecorateExtensions
{
    /// <summary>Wraps the registered <typeparamref name="T"/> (the last registration) in a decorator.</summary>
    public static IServiceCollection Decorate<T>(this IServiceCollection services, Func<IServiceProvider, T, T> decorate) where T : class
    {
        var index = services.Select((d, i) => (d, i)).Last(x => x.d.ServiceType == typeof(T)).i;
        var original = services[index];
        T Inner(IServiceProvider sp) => (T)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
        services[index] = ServiceDescriptor.Describe(typeof(T), sp => decorate(sp, Inner(sp)), original.Lifetime);
        return services;
    }
}
