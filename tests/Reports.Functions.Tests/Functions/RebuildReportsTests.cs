using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Functions.Http;
using Reports.Functions.Queues;
using Reports.Functions.Tests.Support;
using Reports.Functions.Timers;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Tests.Functions;

/// <summary>POST /api/rebuild-reports queues one build per day on the real queue; ReportBuildRequested re-archives each day.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RebuildReportsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Three_days_are_rebuilt_through_the_queue_and_a_rerun_leaves_every_blob_untouched()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), FakeSource.Binance(), FakeSource.Stooq()]);
        // The timer's catch-up stores 29 January to 1 February.
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        var queue = BuildQueue(app);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();

        var response = await PostAsync(app, """{"from":"2026-01-30","to":"2026-02-01"}""");

        Assert.Equal(202, response.Status);
        Assert.Equal(3, response.Json.GetProperty("days").GetInt32());
        Assert.Equal("report-builds", response.Json.GetProperty("queue").GetString());
        Assert.Equal(3, await PumpAsync(app, queue));
        var first = await ReportBlobsAsync(app);
        Assert.Equal(
            new[] { "2026/01/30", "2026/01/31", "2026/02/01" }.SelectMany(d => new[] { "figures", "html", "json", "pdf" }.Select(f => $"{d}/flow-report.{f}"))
                .Concat(["editions/2026-01-30.json", "editions/2026-01-31.json", "editions/2026-02-01.json"]), // the public archive's index entries
            first.Keys.Order(StringComparer.Ordinal));
        var json = System.Text.Json.JsonDocument.Parse((await app.Reports.GetBlobClient("2026/01/31/flow-report.json").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal("2026-01-31", json.RootElement.GetProperty("date").GetString());

        // The same request again: the same bytes are rebuilt, so no blob is rewritten.
        Assert.Equal(202, (await PostAsync(app, """{"from":"2026-01-30","to":"2026-02-01"}""")).Status);
        Assert.Equal(3, await PumpAsync(app, queue));
        Assert.Equal(first, await ReportBlobsAsync(app));
        Assert.Equal(12, app.Logs.GetSnapshot().Count(r => r.Message.Contains("Rebuilt report") && r.Message.Contains("AlreadyStored")));
    }

    [Theory]
    [InlineData("""{"from":"2026-01-19","to":"2026-01-10"}""", "invalid-range")]
    [InlineData("""{"from":"2025-01-01","to":"2026-01-10"}""", "invalid-range")] // 375 days
    [InlineData("""{"from":"2026-01-30","to":"2026-02-02"}""", "invalid-range")] // 2 February has not ended
    [InlineData("""{"from":"2008-12-31","to":"2009-01-10"}""", "invalid-range")]
    [InlineData("""{"from":"2026-01-30","to":"2026-01-31","from":"2026-01-29"}""", "invalid-body")]
    [InlineData("""[{"from":"2026-01-30","to":"2026-01-31"}]""", "invalid-body")]
    [InlineData("""{"from":null,"to":"2026-01-31"}""", "invalid-body")]
    [InlineData("""{"from":"2026-01-30","to":"2026-01-31","force":true}""", "invalid-body")]
    [InlineData("""{"from":"2026-01-30"}""", "invalid-body")]
    [InlineData("""{"from":"30/01/2026","to":"2026-01-31"}""", "invalid-body")]
    [InlineData("not json", "invalid-body")]
    [InlineData("", "invalid-body")]
    public async Task A_bad_body_or_range_is_a_400_problem_and_queues_nothing(string body, string kind)
    {
        await using var app = TestApp.Create(azurite.ConnectionString, []);
        var queue = BuildQueue(app);
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();

        var response = await PostAsync(app, body);

        Assert.Equal(400, response.Status);
        Assert.Equal($"urn:flow-reports:problem:{kind}", response.Json.GetProperty("type").GetString());
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task A_body_over_the_bound_is_a_400_problem()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, []);
        var response = await PostAsync(app, $$"""{"from":"2026-01-30","to":"2026-01-31","x":"{{new string('a', 5000)}}"}""");
        Assert.Equal(400, response.Status);
        Assert.Equal("Body too large", response.Json.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("2026-01-15")]
    [InlineData("{\"day\":\"15/01/2026\"}")]
    [InlineData("{\"day\":\"2026-02-02\"}")] // not ended yet
    [InlineData("{\"day\":\"2025-06-01\"}")] // nothing stored for it
    public async Task A_message_that_cannot_be_built_is_thrown_back_and_its_last_attempt_names_the_poison_queue(string body)
    {
        await using var app = TestApp.Create(azurite.ConnectionString, []);
        var function = app.Function<ReportBuildRequested>();

        await Assert.ThrowsAsync<ReportBuildFailedException>(() => function.RunAsync(Message(body, dequeueCount: 1), CancellationToken.None));
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("attempt 1 of 5"));

        var error = await Assert.ThrowsAsync<ReportBuildFailedException>(() => function.RunAsync(Message(body, dequeueCount: 5), CancellationToken.None));
        var final = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("last attempt"));
        Assert.Contains("report-builds-poison", final.Message);
        Assert.Contains(error.Message["Report build failed: ".Length..], final.Message);
        Assert.Empty(await ReportBlobsAsync(app));
    }

    private static QueueClient BuildQueue(TestApp app) =>
        app.Get<QueueServiceClient>().GetQueueClient(ReportBuildQueue.Name);

    private static async Task<HttpCalls.Response> PostAsync(TestApp app, string body)
    {
        var request = HttpCalls.Post(app.Services, "/api/rebuild-reports", body);
        return await (await app.Function<RebuildReports>().RunAsync(request, CancellationToken.None)).ExecuteAsync(request);
    }

    /// <summary>Plays the host: dequeue, call the function, delete on success. Returns how many messages were handled.</summary>
    private static async Task<int> PumpAsync(TestApp app, QueueClient queue)
    {
        var function = app.Function<ReportBuildRequested>();
        var handled = 0;
        while ((await queue.ReceiveMessagesAsync(maxMessages: 4)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                await function.RunAsync(message, CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                handled++;
            }
        }
        return handled;
    }

    /// <summary>Every stored report blob with its ETag.</summary>
    private static async Task<Dictionary<string, string>> ReportBlobsAsync(TestApp app)
    {
        var blobs = new Dictionary<string, string>();
        if (!await app.Reports.ExistsAsync()) return blobs;
        await foreach (var blob in app.Reports.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, null, CancellationToken.None))
            blobs[blob.Name] = blob.Properties.ETag!.Value.ToString();
        return blobs;
    }

    private static QueueMessage Message(string body, long dequeueCount) =>
        QueuesModelFactory.QueueMessage("message-1", "receipt", BinaryData.FromString(body), dequeueCount);
}
