using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Reports.Domain.Ports;
using Reports.Functions.Http;
using Reports.Functions.Queues;
using Reports.Functions.Tests.Support;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Tests.Functions;

/// <summary>POST /api/backfill queues one message per day on the real queue; IngestRequested does each day.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BackfillTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ten_days_go_through_the_queue_one_message_per_day()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), FakeSource.Stooq()]);
        await app.IngestQueue.CreateIfNotExistsAsync();
        await app.IngestQueue.ClearMessagesAsync();

        var request = HttpCalls.Post(app.Services, "/api/backfill", """{"from":"2026-01-10","to":"2026-01-19"}""");
        var response = await (await app.Function<Backfill>().RunAsync(request, CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(202, response.Status);
        Assert.Equal(10, response.Json.GetProperty("days").GetInt32());
        Assert.Equal(IngestQueue.Name, response.Json.GetProperty("queue").GetString());

        // Process the queue as the host would: dequeue, call the function, delete on success.
        var function = app.Function<IngestRequested>();
        var processed = new List<string>();
        while ((await app.IngestQueue.ReceiveMessagesAsync(maxMessages: 4)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                await function.RunAsync(message, CancellationToken.None);
                await app.IngestQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                processed.Add(message.Body.ToString());
            }
        }

        Assert.Equal(10, processed.Distinct().Count());
        var stored = new List<string>();
        await foreach (var blob in app.Snapshots.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "daily/gecko/", CancellationToken.None))
            stored.Add(blob.Name);
        Assert.Equal(Enumerable.Range(10, 10).Select(d => $"daily/gecko/2026/01/{d}.json"), stored);
        Assert.Equal(0, (await app.IngestQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Theory]
    [InlineData("""{"from":"2026-01-19","to":"2026-01-10"}""", "invalid-range")]
    [InlineData("""{"from":"2025-01-01","to":"2026-01-10"}""", "invalid-range")]
    [InlineData("""{"from":"2026-01-30","to":"2026-02-02"}""", "invalid-range")]
    [InlineData("""{"from":"2008-12-31","to":"2009-01-10"}""", "invalid-range")]
    [InlineData("""{"from":"\ud800","to":"2026-01-31"}""", "invalid-body")]
    [InlineData("""{"from":"2026-01-30","to":"2026-01-31","from":"2026-01-29"}""", "invalid-body")]
    [InlineData("""[{"from":"2026-01-30","to":"2026-01-31"}]""", "invalid-body")]
    [InlineData("""{"from":null,"to":"2026-01-31"}""", "invalid-body")]
    [InlineData("""{"from":20260130,"to":"2026-01-31"}""", "invalid-body")]
    [InlineData("""{"from":"2026-01-30"}""", "invalid-body")]
    [InlineData("""{"from":"30/01/2026","to":"2026-01-31"}""", "invalid-body")]
    [InlineData("not json", "invalid-body")]
    [InlineData("", "invalid-body")]
    public async Task A_bad_range_is_a_400_problem_and_queues_nothing(string body, string kind)
    {
        await using var app = TestApp.Create(azurite.ConnectionString, []);
        var request = HttpCalls.Post(app.Services, "/api/backfill", body);

        var response = await (await app.Function<Backfill>().RunAsync(request, CancellationToken.None)).ExecuteAsync(request);

        Assert.Equal(400, response.Status);
        Assert.Equal($"urn:flow-reports:problem:{kind}", response.Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_year_and_a_day_is_the_most_one_request_may_queue()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, []);
        var backfill = app.Get<Reports.Domain.UseCases.RequestBackfill>();

        Assert.Null(backfill.Check(new DateOnly(2025, 1, 31), new DateOnly(2026, 1, 31))); // 366 days
        Assert.Contains("367 days", backfill.Check(new DateOnly(2025, 1, 30), new DateOnly(2026, 1, 31)));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_thrown_back_and_its_last_attempt_logs_the_reason_and_the_poison_queue()
    {
        var flaky = FakeSource.Gecko();
        flaky.Behaviour = (_, _) => throw new MarketDataSourceException(TestMarket.Gecko, SourceFailure.RateLimited, "HTTP 429, retry after 60 s");
        await using var app = TestApp.Create(azurite.ConnectionString, [flaky]);
        var function = app.Function<IngestRequested>();

        var first = Message(IngestQueue.Message(new DateOnly(2026, 1, 15)), dequeueCount: 1);
        var error = await Assert.ThrowsAsync<IngestRequestFailedException>(() => function.RunAsync(first, CancellationToken.None));
        Assert.Contains("HTTP 429", error.Message);
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("attempt 1 of 5") && r.Message.Contains("HTTP 429"));

        var last = Message(IngestQueue.Message(new DateOnly(2026, 1, 15)), dequeueCount: 5);
        await Assert.ThrowsAsync<IngestRequestFailedException>(() => function.RunAsync(last, CancellationToken.None));
        var final = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("last attempt"));
        Assert.Contains("ingest-requests-poison", final.Message);
        Assert.Contains("gecko: HTTP 429, retry after 60 s", final.Message);
        Assert.DoesNotContain("gecko: gecko:", final.Message); // the provider's message names it already
    }

    [Theory]
    [InlineData("2026-01-15")]
    [InlineData("{\"day\":\"15/01/2026\"}")]
    [InlineData("{\"day\":\"2026-02-02\"}")]
    public async Task A_malformed_or_future_request_fails_with_the_reason_logged(string body)
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko()]);

        var error = await Assert.ThrowsAsync<IngestRequestFailedException>(
            () => app.Function<IngestRequested>().RunAsync(Message(body, dequeueCount: 5), CancellationToken.None));

        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains(error.Message["Ingest request failed: ".Length..]));
    }

    [Fact]
    public async Task A_source_that_cannot_serve_the_day_is_logged_but_does_not_poison_the_message()
    {
        var old = FakeSource.Gecko();
        old.Behaviour = (_, _) => throw new MarketDataSourceException(TestMarket.Gecko, SourceFailure.NotAvailableForDay, "history starts 2026-01-20");
        await using var app = TestApp.Create(azurite.ConnectionString, [old, FakeSource.Stooq()]);

        await app.Function<IngestRequested>().RunAsync(Message(IngestQueue.Message(new DateOnly(2026, 1, 15)), 1), CancellationToken.None);

        Assert.True(await app.Snapshots.GetBlobClient("daily/stooq/2026/01/15.json").ExistsAsync());
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("history starts 2026-01-20"));
    }

    private static QueueMessage Message(string body, long dequeueCount) =>
        QueuesModelFactory.QueueMessage("message-1", "receipt", BinaryData.FromString(body), dequeueCount);
}
