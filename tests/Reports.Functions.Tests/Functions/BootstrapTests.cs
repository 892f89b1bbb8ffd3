using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Functions.Http;
using Reports.Functions.Queues;
using Reports.Functions.Timers;
using Reports.Functions.Tests.Support;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Tests.Functions;

/// <summary>
/// POST /api/bootstrap queues bounded history chunks on the real ingest queue, IngestRequested fills each one, and
/// IngestDaily asks for the history by itself when it is short. The history source is a stand-in (no internet here);
/// the provider side is tested against recorded answers in Reports.Cli.Tests.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BootstrapTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Forty_days_go_through_the_queue_in_chunks_and_a_second_bootstrap_fetches_nothing()
    {
        var source = new HistoryStandIn();
        await using var app = TestApp.Create(azurite.ConnectionString, [], more: s => s.AddSingleton<IHistorySource>(source));
        await app.IngestQueue.CreateIfNotExistsAsync();
        await app.IngestQueue.ClearMessagesAsync();

        var response = await PostAsync(app, """{"days":40}""");

        Assert.Equal(202, response.Status);
        Assert.Equal(["standin 2025-12-24..2026-01-22", "standin 2026-01-23..2026-02-01"],
            response.Json.GetProperty("chunks").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, await DrainAsync(app));
        Assert.Equal([(new DateOnly(2025, 12, 24), new DateOnly(2026, 1, 22)), (new DateOnly(2026, 1, 23), TestApp.Yesterday)], source.Asked);
        Assert.Equal(40, (await Names(app, "daily/standin/")).Count);

        await PostAsync(app, "");                       // default: 400 days
        Assert.Equal(14, await DrainAsync(app));        // 400 days in 30-day chunks
        Assert.Equal(400, (await Names(app, "daily/standin/")).Count);
        Assert.Equal(2 + 12, source.Asked.Count);       // the two chunks already stored were not fetched again
    }

    [Fact]
    public async Task A_chunk_whose_source_fails_is_thrown_back_for_the_host_to_retry()
    {
        var source = new HistoryStandIn { Fails = true };
        await using var app = TestApp.Create(azurite.ConnectionString, [], more: s => s.AddSingleton<IHistorySource>(source));
        await app.IngestQueue.CreateIfNotExistsAsync();
        await app.IngestQueue.ClearMessagesAsync();
        await PostAsync(app, """{"days":5}""");

        var message = Assert.Single((await app.IngestQueue.ReceiveMessagesAsync(maxMessages: 4)).Value);
        var error = await Assert.ThrowsAsync<IngestRequestFailedException>(() => app.Function<IngestRequested>().RunAsync(message, CancellationToken.None));
        Assert.Contains(": Unavailable: standin is down", error.Message);
        Assert.DoesNotContain("standin: standin", error.Message, StringComparison.Ordinal); // the chunk names the source once
        Assert.Empty(await Names(app, "daily/standin/"));
    }

    [Fact]
    public async Task IngestDaily_requests_the_history_it_lacks_and_nothing_once_it_is_there()
    {
        var source = new HistoryStandIn();
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko()], more: s => s.AddSingleton<IHistorySource>(source));
        await app.IngestQueue.CreateIfNotExistsAsync();
        await app.IngestQueue.ClearMessagesAsync();

        await app.Function<IngestDaily>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Equal(14, await DrainAsync(app));
        Assert.Equal(400, (await Names(app, "daily/standin/")).Count);

        await app.Function<IngestDaily>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Equal(0, (await app.IngestQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Theory]
    [InlineData("""{"days":0}""")]
    [InlineData("""{"days":1001}""")]
    [InlineData("""{"days":"400"}""")]
    [InlineData("""{"days":400,"source":"../x"}""")]
    [InlineData("not json")]
    public async Task A_bad_body_is_a_400_problem_and_queues_nothing(string body)
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [], more: s => s.AddSingleton<IHistorySource>(new HistoryStandIn()));
        await app.IngestQueue.CreateIfNotExistsAsync();
        await app.IngestQueue.ClearMessagesAsync();

        var response = await PostAsync(app, body);

        Assert.Equal(400, response.Status);
        Assert.Equal("urn:flow-reports:problem:invalid-body", response.Json.GetProperty("type").GetString());
        Assert.Equal(0, (await app.IngestQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    private static async Task<HttpCalls.Response> PostAsync(TestApp app, string body)
    {
        var request = HttpCalls.Post(app.Services, "/api/bootstrap", body);
        return await (await app.Function<Bootstrap>().RunAsync(request, CancellationToken.None)).ExecuteAsync(request);
    }

    /// <summary>Processes the queue as the host would; returns how many messages it handled.</summary>
    private static async Task<int> DrainAsync(TestApp app)
    {
        var function = app.Function<IngestRequested>();
        var processed = 0;
        while ((await app.IngestQueue.ReceiveMessagesAsync(maxMessages: 16)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                await function.RunAsync(message, CancellationToken.None);
                await app.IngestQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                processed++;
            }
        }
        return processed;
    }

    private static async Task<List<string>> Names(TestApp app, string prefix)
    {
        var names = new List<string>();
        if (!(await app.Snapshots.ExistsAsync()).Value) return names;
        await foreach (var blob in app.Snapshots.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
            names.Add(blob.Name);
        return names;
    }

    /// <summary>A history source that serves a total market cap for any day in 30-day chunks, or fails.</summary>
    private sealed class HistoryStandIn : IHistorySource
    {
        private readonly ConcurrentQueue<(DateOnly, DateOnly)> asked = new();

        public bool Fails { get; init; }

        public IReadOnlyList<(DateOnly From, DateOnly To)> Asked => asked.ToList();

        public string Name => "standin";
        public int MaxDaysBack => int.MaxValue;
        public int MaxChunkDays => 30;
        public string? EstimateOf => null;
        public int CallsFor(int days) => 1;

        public Task<HistoryFetch> FetchAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
        {
            asked.Enqueue((from, to));
            if (Fails) throw new MarketDataSourceException(Name, SourceFailure.Unavailable, "standin is down");
            var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
                .Select(d => new DailySnapshot(Name, d, new MarketCapPoint(d, 2_000_000_000_000m + d.DayNumber, null), [], [])).ToList();
            return Task.FromResult(new HistoryFetch(days, [], SnapshotLabel.Observed, []));
        }
    }
}
