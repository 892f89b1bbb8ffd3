using Microsoft.Azure.Functions.Worker;
using Reports.Domain.Ports;
using Reports.Functions.Http;
using Reports.Functions.Timers;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Functions;

/// <summary>
/// Azurite is stopped in the middle of an ingest (its own instance, so other tests keep theirs): the run fails with a
/// clear error, nothing half-written is visible after a restart, and the next run stores what was missing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests
{
    [Fact]
    public async Task Azurite_stopped_mid_run_gives_a_clear_error_leaves_nothing_half_written_and_the_next_run_recovers()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var gecko = FakeSource.Gecko();
        var binance = FakeSource.Binance();
        await using var app = TestApp.Create(azurite.ConnectionString, [gecko, binance], s => s["Functions:IngestCatchUpDays"] = "0");
        var geckoBlob = app.Snapshots.GetBlobClient("daily/gecko/2026/02/01.json");

        // Binance's fetch waits until gecko's day is committed (the blob is there: the signal), then pulls the plug
        // before returning its own data. The poll only paces the checks; nothing here bounds how long it may take.
        binance.Behaviour = async (_, ct) =>
        {
            while (!await geckoBlob.ExistsAsync(ct)) await Task.Delay(50, ct);
            await azurite.StopAsync();
        };

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None));
        Assert.Contains($"http://127.0.0.1:{azurite.BlobPort}/devstoreaccount1", error.Message);
        Assert.Contains("is unreachable while storing binance 2026-02-01", error.Message);

        // While it is down, the HTTP function answers 503 with Retry-After, not 500.
        var request = HttpCalls.Get(app.Services, "/api/reports/2026-02-01", "?format=figures");
        var down = await (await app.Function<GetReport>().RunAsync(request, "2026-02-01", CancellationToken.None)).ExecuteAsync(request);
        Assert.Equal(503, down.Status);
        Assert.Equal("30", down.Headers.RetryAfter.ToString());
        // So do the functions that queue a day range, naming the queue they could not reach.
        foreach (var (path, queue) in new[] { ("/api/backfill", "ingest-requests"), ("/api/rebuild-reports", "report-builds") })
        {
            var post = HttpCalls.Post(app.Services, path, """{"from":"2026-01-20","to":"2026-01-21"}""");
            var result = path == "/api/backfill"
                ? await app.Function<Backfill>().RunAsync(post, CancellationToken.None)
                : await app.Function<RebuildReports>().RunAsync(post, CancellationToken.None);
            var queued = await result.ExecuteAsync(post);
            Assert.Equal((503, "30"), (queued.Status, queued.Headers.RetryAfter.ToString()));
            Assert.Contains($"The {queue} queue cannot be reached right now", queued.Json.GetProperty("detail").GetString());
        }

        await azurite.StartAsync();
        var geckoEtag = (await geckoBlob.GetPropertiesAsync()).Value.ETag;
        Assert.False(await app.Snapshots.GetBlobClient("daily/binance/2026/02/01.json").ExistsAsync());
        Assert.False(await app.Snapshots.GetBlobClient("raw/binance/2026/02/01.json").ExistsAsync());

        binance.Behaviour = null;
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(await app.Snapshots.GetBlobClient("daily/binance/2026/02/01.json").ExistsAsync());
        Assert.Equal(geckoEtag, (await geckoBlob.GetPropertiesAsync()).Value.ETag);
        Assert.Equal([TestApp.Yesterday], gecko.Fetched);
        Assert.Equal([TestApp.Yesterday, TestApp.Yesterday], binance.Fetched);
    }
}
