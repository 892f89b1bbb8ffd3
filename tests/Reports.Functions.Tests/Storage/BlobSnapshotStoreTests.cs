using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Storage;

/// <summary>The blob snapshot store and writer on a real Azurite: immutability, integrity checks, merging, warnings.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobSnapshotStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 1, 20);
    private TestApp app = null!;

    private ISnapshotWriter Writer => app.Get<ISnapshotWriter>();
    private IMarketDataStore Store => app.Get<IMarketDataStore>();

    public Task InitializeAsync()
    {
        app = TestApp.Create(azurite.ConnectionString, []);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_empty_account_loads_as_empty_history_not_as_an_error()
    {
        var data = await Store.LoadAsync(null, CancellationToken.None);

        Assert.Empty(data.Assets);
        Assert.Empty(data.Sources);
        Assert.Null(data.LastDay);
    }

    [Fact]
    public async Task A_report_reads_only_the_per_coin_caps_of_the_days_its_attribution_reads()
    {
        var days = Enumerable.Range(0, 5).Select(i => Day.AddDays(i)).ToList();
        foreach (var day in days)
        {
            await Writer.WriteAsync(TestMarket.GeckoDay(day), SnapshotLabel.Observed, CancellationToken.None);
            await app.Get<ICoinCapWriter>().WriteAsync(day, [new CoinMarketCap(day, "BTC", 1000m + day.Day, CoinCategory.Other)], SnapshotLabel.Observed, CancellationToken.None);
        }

        var given = await Store.LoadForReportAsync(days[3], coinCapDays: 2, CancellationToken.None);
        var latest = await Store.LoadForReportAsync(null, coinCapDays: 2, CancellationToken.None);

        Assert.Equal([days[2], days[3]], given.CoinCaps.Select(c => c.Date));
        Assert.Equal([days[3], days[4]], latest.CoinCaps.Select(c => c.Date));
        Assert.Equal(5, (await Store.LoadAsync(null, CancellationToken.None)).CoinCaps.Count);
    }

    [Fact]
    public async Task A_stored_day_is_never_overwritten_and_a_second_write_reports_it_already_stored()
    {
        Assert.Equal(StoreOutcome.Stored, await Writer.WriteAsync(TestMarket.GeckoDay(Day), SnapshotLabel.Observed, CancellationToken.None));
        var blob = app.Snapshots.GetBlobClient("daily/gecko/2026/01/20.json");
        var before = (await blob.GetPropertiesAsync()).Value.ETag;

        var different = TestMarket.GeckoDay(Day);
        different = different with { Snapshot = different.Snapshot with { Global = different.Snapshot.Global! with { TotalMarketCapUsd = 1m } } };
        Assert.Equal(StoreOutcome.AlreadyStored, await Writer.WriteAsync(different, SnapshotLabel.Observed, CancellationToken.None));

        Assert.Equal(before, (await blob.GetPropertiesAsync()).Value.ETag);
        var data = await Store.LoadAsync(Day, CancellationToken.None);
        Assert.Equal(TestMarket.MarketCap(Day), data.Global.Single().TotalMarketCapUsd);
    }

    [Fact]
    public async Task Raw_responses_are_kept_byte_for_byte_as_text_or_base64()
    {
        var binary = new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0xff };
        var text = Encoding.UTF8.GetBytes("{\"price\":\"84 500 €\"}");
        var fetch = TestMarket.GeckoDay(Day) with
        {
            Raw =
            [
                new RawResponse("https://api.example.test/a", 200, "application/json", text, DateTimeOffset.UnixEpoch),
                new RawResponse("https://api.example.test/b", 200, "application/gzip", binary, DateTimeOffset.UnixEpoch),
            ],
        };
        await Writer.WriteAsync(fetch, SnapshotLabel.Observed, CancellationToken.None);

        var raw = JsonDocument.Parse((await app.Snapshots.GetBlobClient("raw/gecko/2026/01/20.json").DownloadContentAsync()).Value.Content.ToArray()).RootElement;
        var responses = raw.GetProperty("responses").EnumerateArray().ToList();
        Assert.Equal(text, Encoding.UTF8.GetBytes(responses[0].GetProperty("bodyText").GetString()!));
        Assert.Equal(binary, Convert.FromBase64String(responses[1].GetProperty("bodyBase64").GetString()!));
    }

    [Fact]
    public async Task Raw_responses_left_by_a_run_that_never_committed_are_replaced_by_the_next_one()
    {
        var leftover = app.Snapshots.GetBlobClient("raw/gecko/2026/01/20.json");
        await app.Snapshots.CreateIfNotExistsAsync();
        await leftover.UploadAsync(BinaryData.FromString("{\"left\":\"over\"}"));

        Assert.Equal(StoreOutcome.Stored, await Writer.WriteAsync(TestMarket.GeckoDay(Day), SnapshotLabel.Observed, CancellationToken.None));

        var raw = (await leftover.DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("api.example.test/gecko", raw);
        Assert.True(await app.Snapshots.GetBlobClient("daily/gecko/2026/01/20.json").ExistsAsync());
    }

    [Fact]
    public async Task Blobs_that_cannot_be_trusted_are_skipped_with_a_warning_and_the_rest_still_loads()
    {
        foreach (var day in new[] { Day, Day.AddDays(1), Day.AddDays(2), Day.AddDays(3) })
            await Writer.WriteAsync(TestMarket.GeckoDay(day), SnapshotLabel.Observed, CancellationToken.None);

        // Day 2: the stored hash no longer matches the bytes (changed outside the app).
        var tampered = app.Snapshots.GetBlobClient("daily/gecko/2026/01/21.json");
        await tampered.SetHttpHeadersAsync(new BlobHttpHeaders { ContentType = "application/json", ContentHash = MD5.HashData("other"u8.ToArray()) });
        // Day 3: valid hash, but not JSON. Day 4: a snapshot of another source filed under gecko.
        await UploadWithHashAsync("daily/gecko/2026/01/22.json", "not json"u8.ToArray(), overwrite: true);
        var misfiled = (await app.Snapshots.GetBlobClient("daily/gecko/2026/01/20.json").DownloadContentAsync()).Value.Content.ToString().Replace("\"gecko\"", "\"other\"");
        await UploadWithHashAsync("daily/gecko/2026/01/23.json", Encoding.UTF8.GetBytes(misfiled), overwrite: true);
        // And a name outside the layout.
        await UploadWithHashAsync("daily/gecko/2026/01/5.json", "{}"u8.ToArray(), overwrite: false);

        var data = await Store.LoadAsync(null, CancellationToken.None);

        Assert.Equal([Day], data.Asset("BTC")!.Daily.Select(c => c.Day));
        var warnings = data.Warnings.Select(w => w.ToString()).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("daily/gecko/2026/01/21.json: does not match its Content-MD5", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("daily/gecko/2026/01/22.json: is not a readable daily snapshot", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("daily/gecko/2026/01/23.json: breaks the snapshot rules (snapshot is from 'other', expected 'gecko'", StringComparison.Ordinal));
        Assert.Contains("daily/gecko/2026/01/5.json: is not named daily/<source>/yyyy/MM/dd.json; ignored", warnings);
    }

    [Fact]
    public async Task Per_coin_caps_load_from_their_daily_blobs_sorted_through_the_day_and_a_bad_one_is_skipped_with_a_warning()
    {
        var caps = app.Get<ICoinCapWriter>();
        await Writer.WriteAsync(TestMarket.GeckoDay(Day), SnapshotLabel.Observed, CancellationToken.None);
        var generated = new SnapshotLabel("generated (samples/.generate)", Synthetic: true);
        await caps.WriteAsync(Day, [new(Day, "USDT", 186_000_000_000.5m, CoinCategory.Stablecoin), new(Day, "BTC", 1_800_000_000_000m, CoinCategory.Other)], generated, CancellationToken.None);
        await caps.WriteAsync(Day.AddDays(1), [new(Day.AddDays(1), "BTC", 1_700_000_000_000m, CoinCategory.Other)], new SnapshotLabel("coingecko"), CancellationToken.None);
        await caps.WriteAsync(Day.AddDays(2), [new(Day.AddDays(2), "BTC", 1_600_000_000_000m, CoinCategory.Other)], new SnapshotLabel("later"), CancellationToken.None);
        // A coin with a category this code does not know: the whole day is left out, the rest still loads.
        await UploadWithHashAsync("marketcaps/2026/01/19.json", """{"schema":1,"day":"2026-01-19","coins":[{"symbol":"BTC","marketCapUsd":5,"category":"meme"}]}"""u8.ToArray(), overwrite: false);

        var data = await Store.LoadAsync(Day.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [
                new CoinMarketCap(Day, "BTC", 1_800_000_000_000m, CoinCategory.Other),
                new CoinMarketCap(Day, "USDT", 186_000_000_000.5m, CoinCategory.Stablecoin),
                new CoinMarketCap(Day.AddDays(1), "BTC", 1_700_000_000_000m, CoinCategory.Other),
            ],
            data.CoinCaps);
        var source = Assert.Single(data.Sources, s => s.Name == "Per-coin market caps");
        // A synthetic day read makes the source synthetic; the provenance is the latest day read's.
        Assert.Equal((Day, Day.AddDays(1), 3, true, "coingecko"), (source.From, source.To, source.Rows, source.Synthetic, source.Provenance));
        Assert.Contains(data.Warnings, w => w.ToString().StartsWith("marketcaps/2026/01/19.json: is not a readable market-caps document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caps_written_before_they_carried_a_label_read_as_observed()
    {
        await Writer.WriteAsync(TestMarket.GeckoDay(Day), SnapshotLabel.Observed, CancellationToken.None);
        await UploadWithHashAsync("marketcaps/2026/01/20.json", """{"schema":1,"day":"2026-01-20","coins":[{"symbol":"BTC","marketCapUsd":5,"category":"other"}]}"""u8.ToArray(), overwrite: false);

        var data = await Store.LoadAsync(Day, CancellationToken.None);

        Assert.Equal([new CoinMarketCap(Day, "BTC", 5m, CoinCategory.Other)], data.CoinCaps);
        var source = Assert.Single(data.Sources, s => s.Name == MarketData.CoinCapsSourceName);
        Assert.Equal((false, (string?)null), (source.Synthetic, source.Provenance));
    }

    [Fact]
    public async Task Sources_are_merged_per_day_by_priority_and_derivatives_field_by_field()
    {
        var open = new DerivativesPoint(Day, 50_000_000_000m, null, null);
        var liquidations = new DerivativesPoint(Day, 1m, 200_000_000m, 50_000_000m);
        await Writer.WriteAsync(Fetch("alpha", 84_000m, open), SnapshotLabel.Observed, CancellationToken.None);
        await Writer.WriteAsync(Fetch("zeta", 85_000m, liquidations), SnapshotLabel.Observed, CancellationToken.None);

        var byName = (await Store.LoadAsync(Day, CancellationToken.None)).Asset("BTC")!;
        Assert.Equal(84_000m, byName.Daily.Single().Close); // alpha before zeta by name
        Assert.Equal(new DerivativesPoint(Day, 50_000_000_000m, 200_000_000m, 50_000_000m), byName.Derivatives.Single());

        await using var zetaFirst = TestApp.Create(azurite.ConnectionString, [], s =>
        {
            s["Storage:SnapshotsContainer"] = app.Snapshots.Name;
            s["Storage:SourcePriority:0"] = "zeta";
        });
        var byPriority = (await zetaFirst.Get<IMarketDataStore>().LoadAsync(Day, CancellationToken.None)).Asset("BTC")!;
        Assert.Equal(85_000m, byPriority.Daily.Single().Close);
        Assert.Equal(new DerivativesPoint(Day, 1m, 200_000_000m, 50_000_000m), byPriority.Derivatives.Single());

        static SourceFetch Fetch(string source, decimal close, DerivativesPoint derivatives) => new(
            new DailySnapshot(source, Day, null, [new AssetDay("BTC", TestMarket.DailyBar(Day, close, 1m), [], derivatives)], []), []);
    }

    [Fact]
    public async Task Loading_through_a_day_leaves_later_days_out_and_names_sources_that_stop_before_it()
    {
        for (var day = Day; day <= Day.AddDays(5); day = day.AddDays(1))
            await Writer.WriteAsync(TestMarket.GeckoDay(day), SnapshotLabel.Observed, CancellationToken.None);
        await Writer.WriteAsync(TestMarket.StooqDay(Day), SnapshotLabel.Observed, CancellationToken.None);

        var data = await Store.LoadAsync(Day.AddDays(3), CancellationToken.None);

        Assert.Equal(Day.AddDays(3), data.LastDay);
        Assert.Equal(4, data.Global.Count);
        var stooq = Assert.Single(data.Sources, s => s.Name == "stooq daily snapshots");
        Assert.Equal((Day, Day, 1), (stooq.From!.Value, stooq.To!.Value, stooq.Rows));
        Assert.Contains("daily/stooq/: has no snapshot for 2026-01-23; its last stored day is 2026-01-20", data.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public async Task A_snapshot_that_breaks_the_rules_is_refused_before_any_request()
    {
        var bad = TestMarket.GeckoDay(Day);
        bad = bad with { Snapshot = bad.Snapshot with { Day = Day.AddDays(1) } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Writer.WriteAsync(bad, SnapshotLabel.Observed, CancellationToken.None));

        Assert.Contains("total market cap is dated 2026-01-20", error.Message);
        Assert.False(await app.Snapshots.ExistsAsync());
    }

    private async Task UploadWithHashAsync(string name, byte[] content, bool overwrite)
    {
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentHash = MD5.HashData(content) } };
        if (!overwrite) options.Conditions = new BlobRequestConditions { IfNoneMatch = Azure.ETag.All };
        await app.Snapshots.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), options);
    }
}
