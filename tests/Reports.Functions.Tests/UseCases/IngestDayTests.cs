using Microsoft.Extensions.Time.Testing;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.UseCases;

/// <summary>The ingest use case against an in-memory writer: outcomes per source, without storage.</summary>
public sealed class IngestDayTests
{
    private static readonly DateOnly Day = TestApp.Yesterday;
    private readonly FakeTimeProvider clock = new(TestApp.DefaultNow);

    [Fact]
    public async Task Each_source_gets_its_own_outcome()
    {
        var wrongDay = new FakeSource("wrong", d => TestMarket.GeckoDay(d.AddDays(-1)) with { });
        var crashing = new FakeSource("crashing", TestMarket.GeckoDay) { Behaviour = (_, _) => throw new InvalidOperationException("bug in parser") };
        var blocked = new FakeSource("blocked", TestMarket.GeckoDay)
        {
            Behaviour = (_, _) => throw new MarketDataSourceException("blocked", SourceFailure.RegionBlocked, "HTTP 451: set MarketData:Binance:BaseUrl"),
        };
        var writer = new MemoryWriter();
        var ingest = new IngestDay([FakeSource.Gecko(), wrongDay, crashing, blocked], writer, clock);

        var result = await ingest.RunAsync(Day, CancellationToken.None);

        Assert.Equal(IngestOutcome.Stored, Outcome("gecko"));
        Assert.Equal((IngestOutcome.SourceFailed, SourceFailure.InvalidData), (Outcome("wrong"), Of("wrong").Failure));
        Assert.Contains("expected 'wrong'", Of("wrong").Reason);
        Assert.Equal((IngestOutcome.SourceFailed, (SourceFailure?)null, true), (Outcome("crashing"), Of("crashing").Failure, Of("crashing").IsRetryable));
        Assert.Equal("InvalidOperationException: bug in parser", Of("crashing").Reason);
        Assert.False(Of("blocked").IsRetryable);
        // The outcome names its source; the reason does not say it again ("blocked: blocked: HTTP 451").
        Assert.Equal("HTTP 451: set MarketData:Binance:BaseUrl", Of("blocked").Reason);
        Assert.True(result.ShouldRetry);
        Assert.False(result.StorageFailed);
        Assert.Equal(["gecko"], writer.Stored.Select(s => s.Source));

        SourceIngest Of(string name) => result.Sources.Single(s => s.Source == name);
        IngestOutcome Outcome(string name) => Of(name).Outcome;
    }

    [Fact]
    public async Task A_store_failure_is_its_own_outcome_and_asks_for_a_retry()
    {
        var ingest = new IngestDay([FakeSource.Gecko()], new MemoryWriter { Down = true }, clock);

        var result = await ingest.RunAsync(Day, CancellationToken.None);

        Assert.True(result.StorageFailed);
        Assert.True(result.ShouldRetry);
        Assert.Equal("store is down", result.Sources.Single().Reason);
    }

    [Fact]
    public async Task Today_cannot_be_ingested_because_it_has_not_ended()
    {
        var ingest = new IngestDay([FakeSource.Gecko()], new MemoryWriter(), clock);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ingest.RunAsync(Day.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public void Two_sources_with_one_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new IngestDay([FakeSource.Gecko(), FakeSource.Gecko()], new MemoryWriter(), clock));
        Assert.Contains("'gecko'", error.Message);
    }

    [Fact]
    public async Task Only_the_named_sources_are_asked()
    {
        var gecko = FakeSource.Gecko();
        var binance = FakeSource.Binance();
        var ingest = new IngestDay([gecko, binance], new MemoryWriter(), clock);

        var result = await ingest.RunAsync(Day, [TestMarket.Binance], CancellationToken.None);

        Assert.Equal([TestMarket.Binance], result.Sources.Select(s => s.Source));
        Assert.Empty(gecko.Fetched);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ingest.RunAsync(Day, ["nosuch"], CancellationToken.None));
        Assert.Contains("'nosuch'", error.Message);
    }

    [Fact]
    public async Task The_daily_run_ingests_the_catch_up_days_oldest_first()
    {
        var writer = new MemoryWriter();
        var recent = new IngestRecentDays(new IngestDay([FakeSource.Gecko()], writer, clock), clock);

        var result = await recent.RunAsync(catchUpDays: 2, CancellationToken.None);

        Assert.Equal((Day.AddDays(-2), Day), (result.From, result.To));
        Assert.Equal([Day.AddDays(-2), Day.AddDays(-1), Day], result.Days.Select(d => d.Day));
        Assert.Equal([Day.AddDays(-2), Day.AddDays(-1), Day], writer.Stored.Select(s => s.Day));
        Assert.Empty(result.StorageFailures);
        result.ThrowIfStorageFailed();
    }

    [Fact]
    public async Task A_storage_failure_stops_the_daily_run_and_fails_it()
    {
        var recent = new IngestRecentDays(new IngestDay([FakeSource.Gecko()], new MemoryWriter { Down = true }, clock), clock);

        var result = await recent.RunAsync(catchUpDays: 3, CancellationToken.None);

        // The oldest day could not be stored, so the later ones are not tried: they would fail the same way.
        Assert.Equal([Day.AddDays(-3)], result.Days.Select(d => d.Day));
        var error = Assert.Throws<StoreUnavailableException>(result.ThrowIfStorageFailed);
        Assert.Contains("store is down", error.Message);
    }

    [Fact]
    public async Task Without_sources_the_daily_run_asks_nothing()
    {
        var result = await new IngestRecentDays(new IngestDay([], new MemoryWriter(), clock), clock).RunAsync(3, CancellationToken.None);

        Assert.True(result.NoSources);
        Assert.Empty(result.Days);
    }

    [Fact]
    public async Task A_queued_request_is_done_or_says_why_it_must_be_tried_again()
    {
        var writer = new MemoryWriter();
        var failing = new FakeSource("down", TestMarket.GeckoDay)
        {
            Behaviour = (_, _) => throw new MarketDataSourceException("down", SourceFailure.Unavailable, "HTTP 503"),
        };
        RunIngestRequest Run(params IMarketDataSource[] sources) =>
            new(new IngestDay(sources, writer, clock), new BootstrapHistory([], writer, null, clock), clock);

        var done = await Run(FakeSource.Gecko()).RunAsync(new IngestRequest.OneDay(Day), CancellationToken.None);
        var notEnded = await Run(FakeSource.Gecko()).RunAsync(new IngestRequest.OneDay(Day.AddDays(1)), CancellationToken.None);
        var retry = await Run(failing).RunAsync(new IngestRequest.OneDay(Day), CancellationToken.None);
        var unknown = await Run().RunAsync(new IngestRequest.History(new HistoryChunk("nowhere", Day.AddDays(-9), Day)), CancellationToken.None);

        Assert.Null(done);
        Assert.Equal([TestMarket.Gecko], writer.Stored.Select(s => s.Source));
        Assert.Equal($"{Day.AddDays(1):yyyy-MM-dd} has not ended yet (UTC)", notEnded);
        Assert.Equal("down: HTTP 503", retry);
        Assert.StartsWith("nowhere ", unknown);
        Assert.EndsWith("names no configured history source () or a day not ended yet", unknown);
    }

    [Fact]
    public async Task Caps_are_stored_labelled_observed_by_their_provider()
    {
        var caps = new MemoryCaps();

        await new IngestDay([FakeSource.Gecko()], new MemoryWriter(), clock, new FixedCaps([new(Day, "BTC", 2m, CoinCategory.Other)]), caps).RunAsync(Day, CancellationToken.None);

        Assert.Equal([new SnapshotLabel("coingecko")], caps.Labels);
    }

    [Fact]
    public async Task Caps_that_break_the_rules_are_refused_and_a_caps_store_failure_fails_only_the_caps()
    {
        // A provider glitch the real parser cannot produce: two rows for one ticker, and a cap of another day.
        var twice = new FixedCaps([new(Day, "BTC", 2m, CoinCategory.Other), new(Day, "BTC", 1m, CoinCategory.Other)]);
        var otherDay = new FixedCaps([new(Day.AddDays(-1), "BTC", 2m, CoinCategory.Other)]);
        var caps = new MemoryCaps();
        var writer = new MemoryWriter();

        var duplicate = await new IngestDay([FakeSource.Gecko()], writer, clock, twice, caps).RunAsync(Day, CancellationToken.None);
        var stale = await new IngestDay([FakeSource.Gecko()], writer, clock, otherDay, caps).RunAsync(Day, CancellationToken.None);
        var down = await new IngestDay([FakeSource.Binance()], writer, clock, new FixedCaps([new(Day, "BTC", 2m, CoinCategory.Other)]), new MemoryCaps { Down = true })
            .RunAsync(Day, CancellationToken.None);

        Assert.Equal((SourceFailure.InvalidData, "BTC is listed twice"), (Caps(duplicate).Failure, Caps(duplicate).Reason));
        Assert.Equal((SourceFailure.InvalidData, "BTC is dated 2026-01-31, not 2026-02-01"), (Caps(stale).Failure, Caps(stale).Reason));
        Assert.Empty(caps.Stored);
        Assert.Equal(IngestOutcome.StorageFailed, Caps(down).Outcome);
        Assert.Equal(IngestOutcome.Stored, down.Sources.Single(s => s.Source == TestMarket.Binance).Outcome);
        Assert.Equal([TestMarket.Gecko, TestMarket.Binance], writer.Stored.Select(s => s.Source));

        static SourceIngest Caps(IngestResult result) => result.Sources.Single(s => s.Source == IngestDay.CoinCapsName);
    }

    private sealed class FixedCaps(IReadOnlyList<CoinMarketCap> caps) : ICoinCapSource
    {
        public string Provider => "coingecko";

        public bool Serves(DateOnly day, out string whyNot)
        {
            whyNot = "not this day";
            return day == Day;
        }

        public Task<IReadOnlyList<CoinMarketCap>> FetchCoinCapsAsync(DateOnly day, CancellationToken cancellationToken) => Task.FromResult(caps);
    }

    private sealed class MemoryCaps : ICoinCapWriter
    {
        public List<CoinMarketCap> Stored { get; } = [];

        public bool Down { get; init; }

        public Task<bool> HasCapsAsync(DateOnly day, CancellationToken cancellationToken) =>
            Down ? throw new StoreUnavailableException("store is down") : Task.FromResult(Stored.Any(c => c.Date == day));

        public List<SnapshotLabel> Labels { get; } = [];

        public Task<StoreOutcome> WriteAsync(DateOnly day, IReadOnlyList<CoinMarketCap> caps, SnapshotLabel label, CancellationToken cancellationToken)
        {
            Stored.AddRange(caps);
            Labels.Add(label);
            return Task.FromResult(StoreOutcome.Stored);
        }
    }

    private sealed class MemoryWriter : ISnapshotWriter
    {
        public List<DailySnapshot> Stored { get; } = [];

        public bool Down { get; init; }

        public string Description => "memory";

        public Task<bool> HasSnapshotAsync(string source, DateOnly day, CancellationToken cancellationToken) =>
            Down ? throw new StoreUnavailableException("store is down") : Task.FromResult(Stored.Any(s => s.Source == source && s.Day == day));

        public Task<StoreOutcome> WriteAsync(SourceFetch fetch, SnapshotLabel label, CancellationToken cancellationToken)
        {
            Stored.Add(fetch.Snapshot);
            return Task.FromResult(StoreOutcome.Stored);
        }

        public Task<StoreOutcome> WriteEventsAsync(DateOnly day, IReadOnlyList<MarketEvent> events, CancellationToken cancellationToken) =>
            Task.FromResult(StoreOutcome.Stored);
    }
}
