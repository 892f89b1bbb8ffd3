using System.Globalization;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Reports.Cli.Tests;

/// <summary>
/// Runs alone, after the parallel classes: its Azurite and its 400-day bootstrap would otherwise compete with the other
/// classes' Azurite starts on a small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BootstrapStorageCollection
{
    public const string Name = "bootstrap-storage";
}

/// <summary><c>bootstrap --storage</c> into a real Azurite: chunked, immutable, resumable after a run that stopped halfway.</summary>
[Collection(BootstrapStorageCollection.Name)]
public sealed class BootstrapStorageTests(AzuriteForCli fixture) : IClassFixture<AzuriteForCli>, IDisposable
{
    private static readonly DateOnly Today = new(2026, 2, 6);
    private static readonly DateOnly Last = Today.AddDays(-1);
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));

    private readonly HistoryPlayback providers = new(Today);
    private readonly TempFolder tmp = new();

    public void Dispose()
    {
        providers.Dispose();
        tmp.Dispose();
    }

    [Fact]
    public async Task A_run_that_failed_halfway_is_finished_by_a_rerun_that_fetches_only_the_missing_days()
    {
        var storage = fixture.Azurite.ConnectionString;
        var settings = providers.Settings(tmp);
        // Binance fails for the third 100-day chunk (oldest first): the run stops there for that chunk only.
        var brokenChunk = Last.AddDays(-199);
        var brokenStart = Millis(brokenChunk).ToString(CultureInfo.InvariantCulture);
        providers.Fault(Request.Create().WithPath("/api/v3/klines").WithParam("startTime", brokenStart), Response.Create().WithStatusCode(500));

        var first = await CliRun.RunAsync(Clock, "bootstrap", "--storage", storage, "--settings", settings);

        Assert.Equal(3, first.ExitCode);
        Assert.Contains($"binance {brokenChunk:yyyy-MM-dd}..{brokenChunk.AddDays(99):yyyy-MM-dd}", first.Output);
        Assert.Contains("binance: 300 days stored, 0 already there", first.Output);
        var container = new BlobContainerClient(storage, "snapshots");
        var binanceDays = await Names(container, "daily/binance/");
        Assert.Equal(300, binanceDays.Count);
        Assert.DoesNotContain(binanceDays, n => n.EndsWith($"{brokenChunk:yyyy/MM/dd}.json", StringComparison.Ordinal));
        Assert.Equal(364, (await Names(container, "daily/global-estimated/")).Count);
        Assert.Equal(364, (await Names(container, "marketcaps/")).Count);
        var created = await CreatedOn(container, "daily/binance/");

        // The provider is back. The re-run asks Binance only for the missing chunk and writes each missing day once.
        providers.Server.ResetMappings();
        using var again = new HistoryPlayback(Today);
        var rerunSettings = again.Settings(tmp);
        var second = await CliRun.RunAsync(Clock, "bootstrap", "--storage", storage, "--settings", rerunSettings);

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("binance: 100 days stored, 300 already there", second.Output);
        Assert.Contains("global-estimated: 0 days stored, 364 already there", second.Output);
        var asked = again.Server.LogEntries.Where(e => e.RequestMessage.Path == "/api/v3/klines")
            .Select(e => long.Parse(e.RequestMessage.Query!["startTime"][0], CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(asked);
        Assert.All(asked, start => Assert.InRange(start, Millis(brokenChunk), Millis(brokenChunk.AddDays(100)) - 1));
        Assert.Equal(0, again.Count("/api/v3/coins"));
        Assert.Equal(400, (await Names(container, "daily/binance/")).Count);
        var after = await CreatedOn(container, "daily/binance/");
        Assert.All(created, blob => Assert.Equal(blob.Value, after[blob.Key])); // nothing written twice
        // The chunk's raw answers are kept once, beside its first day.
        Assert.Contains($"raw/binance/{brokenChunk:yyyy/MM/dd}.json", await Names(container, "raw/binance/"));

        // Report from storage: every section, and the sources appendix labels the estimated days.
        var json = tmp.File("r.json");
        var report = await CliRun.RunAsync(Clock, "report", "--storage", storage, "--date", $"{Last:yyyy-MM-dd}", "--out", json);
        Assert.True(report.ExitCode == 0, report.Output);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        Assert.Equal(["No liquidation data for the day."], doc.RootElement.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));
        var estimate = doc.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("name").GetString()!.StartsWith("global-estimated", StringComparison.Ordinal));
        Assert.StartsWith("estimated: sum of CoinGecko daily market caps of the top 3 coins", estimate.GetProperty("provenance").GetString());
        Assert.Equal($"{Last.AddDays(-363):yyyy-MM-dd}", estimate.GetProperty("from").GetString());
    }

    private static long Millis(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static async Task<List<string>> Names(BlobContainerClient container, string prefix)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None)) names.Add(blob.Name);
        return names;
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> CreatedOn(BlobContainerClient container, string prefix)
    {
        var created = new Dictionary<string, DateTimeOffset?>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None)) created[blob.Name] = blob.Properties.CreatedOn;
        return created;
    }
}
