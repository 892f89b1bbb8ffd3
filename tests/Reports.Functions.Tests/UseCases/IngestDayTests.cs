using Microsoft.Extensions.Time.Testing;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
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
